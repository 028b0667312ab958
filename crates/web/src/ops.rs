//! Operations endpoints (`/healthz`, `/readyz`; `/metrics` on its own listener) and
//! request metrics.

use std::sync::OnceLock;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::AppState;
use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new().get("/healthz", healthz).get("/readyz", readyz)
}

/// The metrics listener's whole application.
pub fn metrics_router(state: AppState) -> axum::Router {
    axum::Router::new().route("/metrics", axum::routing::get(metrics_page)).with_state(state)
}

/// The process is up.
async fn healthz() -> &'static str {
    "ok"
}

/// The database answers.
async fn readyz(State(st): State<AppState>) -> Response {
    match st.store.ping().await {
        Ok(()) => "ready".into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

const UPKEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

/// The process-wide Prometheus recorder (metrics are global by design).
pub fn prometheus() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let builder = PrometheusBuilder::new()
            .set_buckets_for_metric(
                Matcher::Full("http_request_duration_seconds".into()),
                &[0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0],
            )
            .unwrap_or_else(|_| PrometheusBuilder::new());
        let recorder = builder.build_recorder();
        let handle = recorder.handle();
        // Another recorder may already be installed (several servers in one test process).
        let _ = metrics::set_global_recorder(recorder);
        // Histogram samples are kept until upkeep folds them into the buckets; without a
        // scrape they would grow with every request (about 12 MB per 8 s at full load).
        let upkeep = handle.clone();
        let _ = std::thread::Builder::new().name("metrics-upkeep".into()).spawn(move || {
            loop {
                std::thread::sleep(UPKEEP_EVERY);
                upkeep.run_upkeep();
            }
        });
        handle
    })
}

async fn metrics_page(State(st): State<AppState>) -> Response {
    let stats = st.store.pool_stats();
    metrics::gauge!("db_pool_connections").set(f64::from(stats.size));
    metrics::gauge!("db_pool_idle_connections").set(f64::from(stats.idle));
    metrics::gauge!("db_pool_max_connections").set(f64::from(stats.max));
    let h = prometheus();
    h.run_upkeep();
    ([(CONTENT_TYPE, "text/plain; version=0.0.4")], h.render()).into_response()
}

/// Counts requests and their latency by route template (never by concrete URL, so no
/// identifiers end up in metrics).
pub async fn track(req: Request, next: Next) -> Response {
    let start = Instant::now();
    let route =
        req.extensions().get::<MatchedPath>().map(|p| p.as_str().to_string()).unwrap_or_else(|| "unmatched".into());
    let method = req.method().as_str().to_string();
    let resp = next.run(req).await;
    let status = resp.status().as_u16().to_string();
    metrics::counter!("http_requests_total", "method" => method.clone(), "route" => route.clone(), "status" => status)
        .increment(1);
    metrics::histogram!("http_request_duration_seconds", "method" => method, "route" => route)
        .record(start.elapsed().as_secs_f64());
    resp
}
