//! Settings the web layer needs, filled in by the CLI from flags, environment and file.

use std::path::PathBuf;

use weerbaar_core::session::SessionPolicy;

#[derive(Debug, Clone)]
pub struct WebConfig {
    /// The address people use to reach Weerbaar, for links in e-mail (no trailing slash).
    pub public_url: String,
    /// Reverse proxies in front whose X-Forwarded-For entries are believed (0: none; the
    /// socket peer is the client).
    pub proxy_hops: u8,
    /// Where `/metrics` is served: its own listener, never the public one (None: off).
    pub metrics_listen: Option<std::net::SocketAddr>,
    /// `smtp://host:port`, `smtps://user:pass@host` or with `?tls=required` for STARTTLS.
    /// Without it, mail is written to `outbox_dir` as .eml files.
    pub smtp_url: Option<String>,
    pub mail_from: String,
    pub outbox_dir: Option<PathBuf>,
    pub session: SessionPolicy,
    /// Largest request body accepted, in bytes (uploads have their own limits).
    pub max_body_bytes: usize,
    /// Name of this process in job leases and logs.
    pub instance: String,
    /// Job worker poll interval in milliseconds.
    pub job_poll_ms: u64,
    /// How often the worker does its periodic work (session purge, reminders, link
    /// checks), first right at start; None: never (tests run those steps themselves).
    pub housekeeping_ms: Option<i64>,
    /// Documents rendered at the same time (at least 1); more requests wait their turn.
    pub concurrent_renders: usize,
}

impl WebConfig {
    /// Cookies get `Secure` and responses HSTS when Weerbaar is served over TLS.
    pub fn tls(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    pub fn for_tests(public_url: &str) -> WebConfig {
        WebConfig {
            public_url: public_url.trim_end_matches('/').to_string(),
            proxy_hops: 0,
            metrics_listen: None,
            smtp_url: None,
            mail_from: "Weerbaar <noreply@weerbaar.test>".into(),
            outbox_dir: None,
            session: SessionPolicy::default(),
            max_body_bytes: 1024 * 1024,
            instance: "test".into(),
            job_poll_ms: 100,
            housekeeping_ms: None,
            concurrent_renders: 1,
        }
    }
}
