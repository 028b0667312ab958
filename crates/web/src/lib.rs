//! Weerbaar's web layer: the HTML UI, the JSON API, and the middleware that keeps
//! them safe (sessions, CSRF, security headers, tenant checks, error pages).
//! Features live in their own modules: `auth`, `account`, `org`, `admin`, `api`.

pub mod account;
pub mod admin;
pub mod api;
pub mod app;
pub mod assessment;
pub mod assets;
pub mod auth;
pub mod awareness;
pub mod bcp;
pub mod catalogue;
pub mod config;
pub mod context;
pub mod documents;
pub mod error;
pub mod error_page;
pub mod findings;
pub mod forms;
pub mod http;
pub mod i18n;
pub mod jobs;
pub mod json;
pub mod kept;
pub mod mail;
pub mod multipart_csrf;
pub mod openapi;
pub mod ops;
pub mod org;
pub mod outbound;
pub mod page;
pub mod ranges;
pub mod routes;
pub mod security;

use std::ops::Deref;
use std::sync::Arc;

use weerbaar_store::Store;

pub use app::App;
pub use config::WebConfig;
pub use routes::RouteInfo;

/// Shared state of one server process. Holds nothing that another process would need
/// to see: sessions, throttling and jobs live in the database.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub store: Store,
    pub cfg: WebConfig,
    /// Installation secret for CSRF tokens (from the database, the same for every process).
    pub secret: Vec<u8>,
    pub mailer: mail::Mailer,
    /// Wakes the job worker when a job was queued by this process.
    pub jobs_notify: tokio::sync::Notify,
    /// The published toolkit catalogue, kept in memory per process.
    pub catalogue: catalogue::Catalogue,
    /// The dashboard's lists per organisation, kept in memory per process.
    pub dashboards: org::DashboardCache,
    /// Frameworks parsed once per process (self-assessment).
    pub frameworks: assessment::cache::FrameworkCache,
    /// Assessment overviews, kept like the register's pages.
    pub overviews: kept::Kept<(String, i18n::Lang), assessment::pages::OverviewData>,
    /// Phishing exercise recipients and report addresses, for the public pages.
    pub tracking: awareness::tracking::Seen,
    /// Pages of the findings register, kept like the dashboards.
    pub registers: findings::cache::RegisterCache,
    /// Free places to render a document (`WebConfig::concurrent_renders`).
    pub renders: Arc<tokio::sync::Semaphore>,
    /// Free places for downloads of stored files larger than one chunk.
    pub downloads: Arc<tokio::sync::Semaphore>,
    /// Free places for file uploads (each is held in memory until checked and stored).
    pub uploads: tokio::sync::Semaphore,
}

/// Large file downloads streamed at the same time; more wait their turn.
pub const CONCURRENT_DOWNLOADS: usize = 8;

impl Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    pub async fn new(store: Store, cfg: WebConfig) -> Result<AppState, weerbaar_store::StoreError> {
        let secret = weerbaar_store::settings::server_secret(&store).await?;
        let mailer = mail::Mailer::new(&cfg);
        let cfg_renders = cfg.concurrent_renders.max(1);
        Ok(AppState(Arc::new(Inner {
            store,
            cfg,
            secret,
            mailer,
            jobs_notify: tokio::sync::Notify::new(),
            catalogue: catalogue::Catalogue::default(),
            dashboards: org::DashboardCache::default(),
            registers: findings::cache::RegisterCache::default(),
            tracking: awareness::tracking::Seen::default(),
            frameworks: assessment::cache::FrameworkCache::default(),
            overviews: kept::Kept::new(256),
            renders: Arc::new(tokio::sync::Semaphore::new(cfg_renders)),
            downloads: Arc::new(tokio::sync::Semaphore::new(CONCURRENT_DOWNLOADS)),
            uploads: tokio::sync::Semaphore::new(2),
        })))
    }
}

/// Builds the whole application: router with middleware, and the list of its routes.
pub fn app(state: AppState) -> App {
    app::build(state)
}
