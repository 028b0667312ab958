//! The middleware stack: metrics, security headers, panic catching, request context
//! (sessions, language, CSRF) and body limits.

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::response::Response;
use tower_http::catch_panic::CatchPanicLayer;

use crate::AppState;

/// Strict: only our own scripts and styles, no inline script, no framing.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; \
                       connect-src 'self'; media-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub async fn headers(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    let set = |h: &mut axum::http::HeaderMap, k: &'static str, v: &'static str| {
        h.insert(HeaderName::from_static(k), HeaderValue::from_static(v));
    };
    set(h, "content-security-policy", CSP);
    set(h, "x-content-type-options", "nosniff");
    set(h, "referrer-policy", "same-origin");
    set(h, "x-frame-options", "DENY");
    set(h, "cross-origin-opener-policy", "same-origin");
    set(h, "permissions-policy", "camera=(), microphone=(), geolocation=(), payment=()");
    if st.cfg.tls() {
        set(h, "strict-transport-security", "max-age=31536000; includeSubDomains");
    }
    // Pages may hold confidential plan data: never keep them in shared caches.
    if !h.contains_key(CACHE_CONTROL) {
        let is_html = h
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html") || v.starts_with("application/json"));
        if is_html {
            h.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        }
    }
    resp
}

/// Wraps the routes in the middleware stack, outermost first: metrics, headers, the
/// request context (which also renders error pages for everything inside it), the
/// cross-origin check, panic catching, body limits.
pub fn layers(router: Router<AppState>, st: AppState) -> Router<AppState> {
    let max = st.cfg.max_body_bytes;
    router
        .layer(DefaultBodyLimit::max(max))
        .layer(CatchPanicLayer::new())
        .layer(tower_http::csrf::CsrfLayer::new())
        .layer(from_fn_with_state(st.clone(), crate::context::middleware))
        .layer(from_fn(crate::error_page::layer))
        .layer(from_fn_with_state(st, headers))
        .layer(from_fn(crate::ops::track))
}
