//! Small HTTP helpers: cookies, redirects, rendering, client address.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::ConnectInfo;
use axum::http::header::{CONTENT_TYPE, LOCATION, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode, request::Parts};
use axum::response::{IntoResponse, Response};

use crate::error::{AppError, AppResult};

pub const SESSION_COOKIE: &str = "wb_session";
pub const ANON_COOKIE: &str = "wb_anon";
pub const LANG_COOKIE: &str = "wb_lang";
pub const FLASH_COOKIE: &str = "wb_flash";

/// The value of a cookie in the request, if present (parsed by the `cookie` crate).
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| cookie::Cookie::split_parse(v).filter_map(Result::ok))
        .find(|c| c.name() == name)
        .and_then(|c| c.name_raw().and(c.value_raw()))
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// A Set-Cookie value: HttpOnly, SameSite=Lax, Secure over TLS. `max_age` None = session cookie.
pub fn set_cookie(name: &str, value: &str, max_age: Option<i64>, secure: bool) -> HeaderValue {
    let mut c = cookie::Cookie::build((name.to_string(), value.to_string()))
        .path("/")
        .http_only(true)
        .same_site(cookie::SameSite::Lax)
        .secure(secure);
    if let Some(a) = max_age {
        c = c.max_age(cookie::time::Duration::seconds(a));
    }
    HeaderValue::from_str(&c.build().to_string()).unwrap_or_else(|_| HeaderValue::from_static(""))
}

pub fn clear_cookie(name: &str, secure: bool) -> HeaderValue {
    set_cookie(name, "", Some(0), secure)
}

/// 303 See Other: the browser follows with a GET (post/redirect/get).
pub fn see_other(location: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(location) {
        r.headers_mut().insert(LOCATION, v);
    }
    r
}

/// A redirect that also shows a one-time message (an i18n id) on the next page.
pub fn see_other_with_flash(location: &str, flash_key: &'static str, secure: bool) -> Response {
    let mut r = see_other(location);
    r.headers_mut().append(SET_COOKIE, set_cookie(FLASH_COOKIE, flash_key, Some(60), secure));
    r
}

/// Only local paths are followed after sign-in, never another site.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if weerbaar_core::net::is_local_path(n) => n.to_string(),
        _ => "/".to_string(),
    }
}

/// Renders a template as an HTML response with the given status.
pub fn render_status(t: &impl Template, status: StatusCode) -> AppResult<Response> {
    let body = t.render()?;
    let mut r = (status, body).into_response();
    r.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    Ok(r)
}

pub fn render(t: &impl Template) -> AppResult<Response> {
    render_status(t, StatusCode::OK)
}

/// The client's address: from X-Forwarded-For as `proxy_hops` trusted proxies wrote it
/// (see [`weerbaar_core::net::forwarded_client`]), else the socket peer.
pub fn client_ip(parts: &Parts, proxy_hops: u8) -> Option<String> {
    let values: Vec<&str> = parts.headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
    if let Some(ip) = weerbaar_core::net::forwarded_client(&values, proxy_hops) {
        return Some(ip.to_string());
    }
    parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|ci| ci.0.ip().to_string())
}

/// Tells an API client when to retry.
pub fn with_retry_after(mut r: Response, secs: i64) -> Response {
    if let Ok(v) = HeaderValue::from_str(&secs.max(1).to_string()) {
        r.headers_mut().insert(axum::http::header::RETRY_AFTER, v);
    }
    r
}

pub fn internal(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_parsing() {
        let mut h = HeaderMap::new();
        h.insert(axum::http::header::COOKIE, HeaderValue::from_static("a=1; wb_session=abc; b="));
        assert_eq!(cookie(&h, "wb_session"), Some("abc"));
        assert_eq!(cookie(&h, "a"), Some("1"));
        assert_eq!(cookie(&h, "b"), None);
        assert_eq!(cookie(&h, "c"), None);
    }

    #[test]
    fn next_is_local_only() {
        assert_eq!(safe_next(Some("/o/1")), "/o/1");
        for bad in ["//evil.test", "https://evil.test", "/\\evil.test", "evil", "/\t/evil.test"] {
            assert_eq!(safe_next(Some(bad)), "/", "{bad}");
        }
        assert_eq!(safe_next(None), "/");
    }

    #[test]
    fn cookie_flags() {
        let v = set_cookie("wb_session", "x", None, true);
        let mut flags: Vec<&str> = v.to_str().unwrap().split("; ").collect();
        flags.sort_unstable();
        assert_eq!(flags, ["HttpOnly", "Path=/", "SameSite=Lax", "Secure", "wb_session=x"]);
        let cleared = clear_cookie("x", false);
        let c = cleared.to_str().unwrap();
        assert!(c.contains("Max-Age=0") && !c.contains("Secure"), "{c}");
        let mut h = HeaderMap::new();
        h.insert(axum::http::header::COOKIE, HeaderValue::from_static("a=1; wb_session=abc ; wb_lang=nl"));
        assert_eq!(cookie(&h, "wb_session"), Some("abc"));
        assert_eq!(cookie(&h, "wb_flash"), None);
    }
}
