//! `weerbaar serve`: migrations, demo data or the first-setup link, the web server, the
//! job worker, and a graceful stop on SIGTERM or Ctrl-C.

use std::net::SocketAddr;
use std::time::Instant;

use tokio::sync::watch;
use weerbaar_store::{ConnectOptions, demo};
use weerbaar_web::{AppState, WebConfig};

use crate::config::Settings;
use crate::{CliError, CliResult};

pub async fn open_store(s: &Settings) -> Result<weerbaar_store::Store, CliError> {
    if s.database_url.starts_with("sqlite:") {
        std::fs::create_dir_all(&s.data_dir).map_err(|e| {
            CliError::Message(format!("cannot create the data directory {}: {e}", s.data_dir.display()))
        })?;
    }
    let opts = ConnectOptions { max_connections: s.max_connections, ..Default::default() };
    let store = weerbaar_store::Store::connect(&s.database_url, &opts)
        .await
        .map_err(|e| CliError::Message(format!("cannot open the database: {e}")))?;
    Ok(store)
}

pub async fn run(s: Settings) -> CliResult {
    let started = Instant::now();
    let store = open_store(&s).await?;
    let report = weerbaar_store::migrate::migrate(&store).await?;
    if !report.applied.is_empty() {
        tracing::info!(from = report.from, to = report.to, "database schema migrated");
    }
    if s.demo {
        match demo::seed(&store).await? {
            demo::Seeded::Created => tracing::info!("demo data created"),
            demo::Seeded::AlreadyDemo => {}
        }
    } else if demo::is_demo(&store).await? {
        return Err(CliError::Message(
            "this is a demo database; start with --demo, or use a new data directory for real use".into(),
        ));
    }
    // The toolkit's own content: added or updated, never over a local edit.
    let content = weerbaar_store::catalogue::sync_embedded(&store).await?;
    if content.added + content.updated + content.held_back > 0 {
        tracing::info!(
            added = content.added,
            updated = content.updated,
            held_back = content.held_back,
            "toolkit content loaded"
        );
    }
    let cfg = WebConfig {
        public_url: s.public_url.clone(),
        proxy_hops: s.proxy_hops,
        metrics_listen: s.metrics_listen,
        smtp_url: s.smtp_url.clone(),
        mail_from: s.mail_from.clone(),
        outbox_dir: Some(s.data_dir.join("outbox")),
        session: Default::default(),
        max_body_bytes: 1024 * 1024,
        instance: format!("{}-{}", hostname(), std::process::id()),
        job_poll_ms: 1000,
        housekeeping_ms: Some(weerbaar_web::jobs::HOUSEKEEPING_MS),
        concurrent_renders: s.concurrent_renders as usize,
    };
    let state = AppState::new(store.clone(), cfg).await?;
    if let Some(p) = state.mailer.problem() {
        return Err(CliError::Message(p.to_string()));
    }
    let setup = if s.demo { None } else { weerbaar_web::auth::ensure_setup_link(&store).await? };
    let app = weerbaar_web::app(state.clone());
    let addr: SocketAddr =
        s.listen.parse().map_err(|_| CliError::Message(format!("invalid listen address {}", s.listen)))?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| CliError::Message(format!("cannot listen on {addr}: {e}")))?;

    let (stop_tx, stop_rx) = watch::channel(false);
    if let Some(m) = s.metrics_listen {
        let listener = tokio::net::TcpListener::bind(m)
            .await
            .map_err(|e| CliError::Message(format!("cannot listen on {m} for metrics: {e}")))?;
        let mut stop = stop_rx.clone();
        let metrics = app.metrics.clone();
        tokio::spawn(async move {
            let served = axum::serve(listener, metrics.into_make_service())
                .with_graceful_shutdown(async move {
                    let _ = stop.changed().await;
                })
                .await;
            if let Err(e) = served {
                tracing::error!(error = %e, "metrics listener stopped");
            }
        });
        println!("Metrics for Prometheus at http://{m}/metrics");
    }
    let worker = weerbaar_web::jobs::spawn_worker(state.clone(), stop_rx.clone());

    println!("Weerbaar {} is running at {}", env!("CARGO_PKG_VERSION"), s.public_url);
    println!("Database: {} ({})", redact(&s.database_url), store.backend().as_str());
    if s.demo {
        println!("Demo mode. Sign in as admin@voorbeeld.test (or any demo user) with password: {}", demo::PASSWORD);
    }
    if let Some(path) = setup {
        println!("No accounts yet. Create the first platform administrator here (valid 24 hours):");
        println!("  {}{}", s.public_url, path);
    }
    if s.smtp_url.is_none() {
        println!("No SMTP server configured: mail is written to {}", s.data_dir.join("outbox").display());
    }
    tracing::info!(listen = %addr, startup_ms = started.elapsed().as_millis() as u64, "listening");

    let mut stop_signal = stop_rx.clone();
    let server = axum::serve(listener, app.router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(async move {
            let _ = stop_signal.changed().await;
        });
    let signals = tokio::spawn(async move {
        wait_for_signal().await;
        tracing::info!("stopping: finishing requests in flight");
        let _ = stop_tx.send(true);
    });
    server.await.map_err(|e| CliError::Message(format!("server error: {e}")))?;
    signals.abort();
    let _ = worker.await;
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = match signal(SignalKind::terminate()) {
            Ok(s) => s,
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
                return;
            }
        };
        tokio::select! {
            _ = term.recv() => {}
            _ = tokio::signal::ctrl_c() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

fn hostname() -> String {
    std::env::var("HOSTNAME").ok().filter(|h| !h.is_empty()).unwrap_or_else(|| "weerbaar".into())
}

/// A database URL without its password, for printing.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{}:***{}", &url[..s + 3], user, &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_are_redacted() {
        assert_eq!(super::redact("postgres://u:secret@h/db"), "postgres://u:***@h/db");
        assert_eq!(super::redact("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(super::redact("sqlite://x.db"), "sqlite://x.db");
    }
}
