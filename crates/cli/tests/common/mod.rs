//! Runs the real `weerbaar` binary as a child process.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub use weerbaar_testkit::http::Client;

pub const BIN: &str = env!("CARGO_BIN_EXE_weerbaar");

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A folder with a demo database, for the commands to work on.
pub async fn demo() -> weerbaar_testkit::tempfile::TempDir {
    let dir = weerbaar_testkit::tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("weerbaar.db").display());
    let store = weerbaar_store::open(&url, &weerbaar_store::ConnectOptions::default()).await.unwrap();
    weerbaar_store::demo::seed(&store).await.unwrap();
    dir
}

/// Runs a command to completion.
pub fn run(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Output {
    let mut c = Command::new(BIN);
    c.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    c.env_remove("WEERBAAR_DATABASE_URL").env_remove("WEERBAAR_DATA_DIR");
    for (k, v) in env {
        c.env(k, v);
    }
    let mut child = c.spawn().expect("spawn weerbaar");
    if let Some(s) = stdin {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(s.as_bytes()).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().expect("wait")
}

pub fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// Where a server keeps its data: a directory, and optionally a PostgreSQL URL.
#[derive(Clone)]
pub struct Target {
    pub dir: PathBuf,
    pub database_url: Option<String>,
}

impl Target {
    pub fn args(&self) -> Vec<String> {
        let mut a = vec!["--data-dir".to_string(), self.dir.display().to_string()];
        if let Some(u) = &self.database_url {
            a.push("--database-url".into());
            a.push(u.clone());
        }
        a
    }
    pub fn database_url(&self) -> String {
        self.database_url.clone().unwrap_or_else(|| format!("sqlite://{}", self.dir.join("weerbaar.db").display()))
    }
}

pub fn target_for(db: &weerbaar_testkit::TestDb, dir: &Path) -> Target {
    Target {
        dir: dir.to_path_buf(),
        database_url: (db.kind == weerbaar_testkit::Kind::Postgres).then(|| db.url.clone()),
    }
}

/// A running `weerbaar serve`.
pub struct Server {
    pub child: Child,
    pub url: String,
    pub log: PathBuf,
}

impl Server {
    pub fn start(t: &Target, extra: &[&str]) -> Server {
        let port = free_port();
        let listen = format!("127.0.0.1:{port}");
        std::fs::create_dir_all(&t.dir).unwrap();
        let log = t.dir.join(format!("serve-{port}.log"));
        let logf = std::fs::File::create(&log).unwrap();
        let mut args: Vec<String> = vec!["serve".into(), "--listen".into(), listen.clone()];
        args.extend(t.args());
        args.extend(extra.iter().map(|s| s.to_string()));
        let child = Command::new(BIN)
            .args(&args)
            .env_remove("WEERBAAR_DATABASE_URL")
            .stdout(logf.try_clone().unwrap())
            .stderr(logf)
            .spawn()
            .expect("spawn serve");
        let s = Server { child, url: format!("http://{listen}"), log };
        s.wait_ready();
        s
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn wait_ready(&self) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(30) {
            if let Ok(mut s) = std::net::TcpStream::connect(self.url.trim_start_matches("http://")) {
                use std::io::{Read, Write};
                let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
                let _ = s.write_all(b"GET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
                let mut buf = String::new();
                let _ = s.read_to_string(&mut buf);
                if buf.starts_with("HTTP/1.1 200") {
                    return;
                }
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("server did not become ready:\n{}", self.log_text());
    }

    pub fn client(&self) -> Client {
        Client::new(&self.url)
    }

    pub fn kill9(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub fn term(&mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        self.child.wait().expect("wait")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub async fn login(c: &Client, email: &str) {
    let r = c.post_form("/login", &[("email", email), ("password", "weerbaar-demo")]).await;
    assert_eq!(r.status, 303, "sign-in failed: {}", r.body);
    c.signed_in();
}

pub async fn org_id(c: &Client, name: &str) -> String {
    let orgs = c.get("/api/v1/organisations").await.json();
    orgs.as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == name)
        .map(|o| o["id"].as_str().unwrap().to_string())
        .expect("org")
}
