//! Error pages: any error response (ours, axum's rejections, a caught panic) becomes a
//! page in the person's language, or a JSON error under /api. A layer of its own,
//! outside the request context: the context middleware leaves the person's context on
//! the response, and this layer finishes the page with it.

use askama::Template;
use axum::extract::Request;
use axum::http::header::{CONTENT_TYPE, RETRY_AFTER, SET_COOKIE};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::context::RequestCtx;
use crate::error::ErrorMarker;
use crate::http::see_other;
use crate::i18n::Lang;
use crate::page::{Page, urlencode};

/// The middleware: finishes every error response of the routes inside it.
pub async fn layer(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let resp = next.run(req).await;
    let ctx = resp.extensions().get::<RequestCtx>().cloned();
    finish_error(resp, ctx.as_ref(), &path)
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: Page,
    title: String,
    text: String,
    status: u16,
    retry_after: Option<i64>,
}

fn code_for_status(s: StatusCode) -> &'static str {
    match s.as_u16() {
        400 | 422 => "bad_request",
        401 => "unauthenticated",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        409 => "conflict",
        413 => "too_large",
        415 => "unsupported_media_type",
        429 => "too_many_requests",
        _ if s.is_server_error() => "internal",
        _ => "bad_request",
    }
}

/// Error codes with a page text of their own; others share the generic one.
const KNOWN: &[&str] = &[
    "bad_request",
    "unauthenticated",
    "forbidden",
    "not_found",
    "method_not_allowed",
    "conflict",
    "too_large",
    "unsupported_media_type",
    "too_many_requests",
    "busy",
    "internal",
    "csrf",
    "mfa_required",
    "token_read_only",
    "duplicate",
    "invalid_json",
    "invalid_filter",
    "unknown_format",
    "unknown_document",
    "unknown_language",
];

/// Turns any error response (ours, axum's rejections, a caught panic) into a page in the
/// user's language, or a JSON error under /api. Responses a handler rendered itself
/// (HTML or JSON bodies) pass through untouched.
pub fn finish_error(resp: Response, ctx: Option<&RequestCtx>, path: &str) -> Response {
    let status = resp.status();
    if status.as_u16() < 400 {
        return resp;
    }
    let marker = resp.extensions().get::<ErrorMarker>().cloned();
    let ct = resp.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if marker.is_none() && (ct.starts_with("text/html") || ct.starts_with("application/json")) {
        return resp;
    }
    let code = marker.as_ref().map(|m| m.code).unwrap_or_else(|| code_for_status(status));
    let code = if KNOWN.contains(&code) { code } else { "bad_request" };
    let retry_after = marker.as_ref().and_then(|m| m.retry_after_secs);
    let lang = ctx.map(|c| c.lang).unwrap_or(Lang::DEFAULT);
    let cookies: Vec<HeaderValue> = resp.headers().get_all(SET_COOKIE).iter().cloned().collect();

    let mut out = if path.starts_with("/api/") {
        let body = serde_json::json!({"error": {"code": code, "message": lang.t(&format!("error-page-{code}-text"))}});
        (status, axum::Json(body)).into_response()
    } else if code == "unauthenticated" {
        let pending = ctx.and_then(|c| c.auth.as_ref()).is_some_and(|a| a.mfa_pending);
        let target = if pending { "/login/mfa".to_string() } else { format!("/login?next={}", urlencode(path)) };
        see_other(&target)
    } else if code == "mfa_required" {
        see_other("/account/mfa?required=1")
    } else {
        let page = match ctx {
            Some(c) => Page::anonymous(c, ""),
            None => Page {
                lang,
                csrf: String::new(),
                path: path.to_string(),
                user: None,
                memberships: vec![],
                org: None,
                role: None,
                flash: None,
                nav: "",
            },
        };
        let tpl = ErrorPage {
            title: lang.t(&format!("error-page-{code}-title")),
            text: lang.t(&format!("error-page-{code}-text")),
            page,
            status: status.as_u16(),
            retry_after,
        };
        match tpl.render() {
            Ok(html) => {
                let mut r = (status, html).into_response();
                r.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
                r
            }
            Err(_) => (status, "Error").into_response(),
        }
    };
    for c in cookies {
        out.headers_mut().append(SET_COOKIE, c);
    }
    if let Some(s) = retry_after
        && let Ok(v) = HeaderValue::from_str(&s.max(1).to_string())
    {
        out.headers_mut().insert(RETRY_AFTER, v);
    }
    out
}
