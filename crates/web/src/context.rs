//! Per-request context: who is signed in (session cookie or API token), which language,
//! the CSRF token, and the CSRF check itself. One middleware, so the token a page
//! renders and the token a form must return are computed the same way.

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE, SET_COOKIE};
use axum::http::{HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use weerbaar_core::account::User;
use weerbaar_core::secret::{constant_time_eq, hash_token, random_token};
use weerbaar_core::session::SessionCheck;
use weerbaar_core::{OrgId, now_ms};
use weerbaar_store::members::OrgMembership;
use weerbaar_store::{api_tokens, sessions};

use crate::AppState;
use crate::error::AppError;
use crate::http::{
    ANON_COOKIE, FLASH_COOKIE, LANG_COOKIE, SESSION_COOKIE, clear_cookie, client_ip, cookie, set_cookie,
};
use crate::i18n::Lang;

/// Who made the request.
#[derive(Debug, Clone)]
pub struct Auth {
    pub user: User,
    /// Hash of the session token; None when authenticated by API token.
    pub session_hash: Option<String>,
    /// Password given, second factor still to come.
    pub mfa_pending: bool,
    pub active_org: Option<OrgId>,
    pub via_token: bool,
    /// What the API token may do (None: a session).
    pub scope: Option<weerbaar_core::token::Scope>,
    /// The person's organisations and roles (loaded with the session).
    pub orgs: Vec<OrgMembership>,
}

#[derive(Debug, Clone)]
pub struct RequestCtx {
    pub lang: Lang,
    pub auth: Option<Auth>,
    /// The token forms must send back in `_csrf` (or the X-CSRF-Token header).
    pub csrf: String,
    /// A one-time message id from the previous request.
    pub flash: Option<String>,
    pub ip: Option<String>,
    pub path: String,
    pub user_agent: Option<String>,
    pub is_api: bool,
}

impl RequestCtx {
    /// Fully signed in (second factor done, account enabled).
    pub fn user(&self) -> Option<&User> {
        self.auth.as_ref().filter(|a| !a.mfa_pending && !a.user.disabled).map(|a| &a.user)
    }
}

fn csrf_token(secret: &[u8], basis: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else { return String::new() };
    mac.update(b"weerbaar-csrf:");
    mac.update(basis.as_bytes());
    hex::encode(&mac.finalize().into_bytes()[..20])
}

/// Paths that need no session, language or CSRF: served as fast as possible.
fn is_bare(path: &str) -> bool {
    // Phishing exercise tracking: no session, no cookies, answered as fast as possible.
    path.starts_with("/static/")
        || path.starts_with("/p/")
        || matches!(path, "/healthz" | "/readyz" | "/favicon.ico" | "/robots.txt")
}

pub async fn middleware(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    if is_bare(&path) {
        return next.run(req).await;
    }
    let (mut parts, body) = req.into_parts();
    let now = now_ms();
    let secure = st.cfg.tls();
    let mut out_cookies: Vec<HeaderValue> = Vec::new();
    let is_api = path.starts_with("/api/");

    // Who is this?
    let mut auth: Option<Auth> = None;
    let mut session_token: Option<String> = None;
    // Tokens are for the JSON API only: on pages a bearer header counts for nothing (a
    // stolen token does not open the site, and the CSRF check below still applies).
    let bearer = parts
        .headers
        .get(AUTHORIZATION)
        .filter(|_| is_api)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| t.trim().to_string());
    let db_error = |e: weerbaar_store::StoreError| {
        tracing::error!(error = %e, "session lookup failed");
        AppError::Internal(e.to_string()).into_response()
    };
    if let Some(token) = &bearer {
        let mut c = match st.store.conn().await {
            Ok(c) => c,
            Err(e) => return db_error(e),
        };
        match api_tokens::authenticate(&mut c, &hash_token(token), now).await {
            Ok(Some(t)) => {
                if t.last_used_at.is_none_or(|at| now - at > 60_000) {
                    let _ = api_tokens::touch(&mut c, &t.id, now).await;
                }
                if !t.user.disabled {
                    auth = Some(Auth {
                        user: t.user,
                        session_hash: None,
                        mfa_pending: false,
                        active_org: None,
                        via_token: true,
                        scope: Some(t.scope),
                        orgs: t.orgs,
                    });
                }
            }
            Ok(None) => {}
            Err(e) => return db_error(e),
        }
    } else if let Some(token) = cookie(&parts.headers, SESSION_COOKIE).map(str::to_string) {
        let hash = hash_token(&token);
        let mut c = match st.store.conn().await {
            Ok(c) => c,
            Err(e) => return db_error(e),
        };
        match sessions::lookup(&mut c, &hash, now).await {
            Ok(Some(s)) => match st.cfg.session.check(s.created_at, s.last_seen_at, s.mfa_pending, now) {
                SessionCheck::Valid { touch } if !s.user.disabled => {
                    if touch {
                        let _ = sessions::touch(&mut c, &hash, now).await;
                    }
                    session_token = Some(token);
                    auth = Some(Auth {
                        user: s.user,
                        session_hash: Some(hash),
                        mfa_pending: s.mfa_pending,
                        active_org: s.active_org,
                        via_token: false,
                        scope: None,
                        orgs: s.orgs,
                    });
                }
                _ => {
                    let _ = sessions::delete(&mut c, &hash).await;
                    out_cookies.push(clear_cookie(SESSION_COOKIE, secure));
                }
            },
            Ok(None) => out_cookies.push(clear_cookie(SESSION_COOKIE, secure)),
            Err(e) => return db_error(e),
        }
    }

    // CSRF basis: the session when there is one, else an anonymous cookie.
    let basis = match &session_token {
        Some(t) => format!("s:{t}"),
        None => match cookie(&parts.headers, ANON_COOKIE) {
            Some(a) if a.len() <= 64 => format!("a:{a}"),
            _ => {
                let a = random_token();
                out_cookies.push(set_cookie(ANON_COOKIE, &a, None, secure));
                format!("a:{a}")
            }
        },
    };
    let csrf = csrf_token(&st.secret, &basis);

    let lang = cookie(&parts.headers, LANG_COOKIE)
        .and_then(Lang::parse)
        .or_else(|| auth.as_ref().and_then(|a| a.user.locale.as_deref()).and_then(Lang::parse))
        .unwrap_or_else(|| {
            Lang::negotiate(parts.headers.get("accept-language").and_then(|v| v.to_str().ok()).unwrap_or(""))
        });
    let flash = cookie(&parts.headers, FLASH_COOKIE)
        .filter(|f| f.len() < 80 && f.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        .map(str::to_string);
    let ip = client_ip(&parts, st.cfg.proxy_hops);
    let user_agent =
        parts.headers.get("user-agent").and_then(|v| v.to_str().ok()).map(|s| s.chars().take(300).collect());
    let ctx = RequestCtx {
        lang,
        auth,
        csrf: csrf.clone(),
        flash: flash.clone(),
        ip,
        path: parts.uri.path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| path.clone()),
        user_agent,
        is_api,
    };

    // The CSRF check for every state-changing request made with cookies.
    let unsafe_method = !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
    let mut body = body;
    // Only a request that a cookie session would authorise needs the token: an API call
    // without any session is answered 401 by the route itself.
    let anonymous_api = is_api && ctx.auth.is_none();
    // A browser's Origin must be our own site, scheme included: a page on
    // http://weerbaar… must not post to https://weerbaar….
    if unsafe_method
        && bearer.is_none()
        && let Some(origin) = parts.headers.get("origin").and_then(|v| v.to_str().ok())
        && !weerbaar_core::net::is_same_origin(
            origin,
            &st.cfg.public_url,
            parts.headers.get(axum::http::header::HOST).and_then(|v| v.to_str().ok()),
        )
    {
        tracing::info!(path = %path, origin = %origin, "request from another origin refused");
        let mut r = AppError::Csrf.into_response();
        r.extensions_mut().insert(ctx.clone());
        return r;
    }
    if unsafe_method && bearer.is_none() && !anonymous_api {
        let ct = parts.headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_ascii_lowercase();
        let mut provided: Option<String> =
            parts.headers.get("x-csrf-token").and_then(|v| v.to_str().ok()).map(str::to_string);
        if provided.is_none() && ct.starts_with("application/x-www-form-urlencoded") {
            let bytes = match to_bytes(body, st.cfg.max_body_bytes).await {
                Ok(b) => b,
                Err(_) => {
                    let mut r = StatusCode::PAYLOAD_TOO_LARGE.into_response();
                    r.extensions_mut().insert(ctx.clone());
                    return r;
                }
            };
            provided = form_urlencoded_value(&bytes, "_csrf");
            body = Body::from(bytes);
        } else if provided.is_none()
            && let Some(boundary) = crate::multipart_csrf::boundary_of(
                parts.headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or(""),
            )
        {
            let (prefix, whole) = crate::multipart_csrf::peek(body).await;
            provided = crate::multipart_csrf::first_part_token(&prefix, &boundary);
            body = whole;
        }
        let ok = provided.is_some_and(|p| constant_time_eq(p.as_bytes(), csrf.as_bytes()));
        if !ok {
            tracing::info!(path = %path, "CSRF check failed");
            let mut r = AppError::Csrf.into_response();
            r.extensions_mut().insert(ctx.clone());
            for c in out_cookies {
                r.headers_mut().append(SET_COOKIE, c);
            }
            return r;
        }
    }

    // A read-only token reads.
    if let Some(scope) = ctx.auth.as_ref().and_then(|a| a.scope)
        && !scope.allows(parts.method.as_str())
    {
        let mut r = AppError::ReadOnlyToken.into_response();
        r.extensions_mut().insert(ctx.clone());
        return r;
    }

    parts.extensions.insert(ctx.clone());
    let req = Request::from_parts(parts, body);
    let mut resp = next.run(req).await;
    if unsafe_method {
        // Whatever it changed, the dashboards this process keeps are read again.
        st.dashboards.invalidate();
    }
    // The error page layer outside finishes an error response with this context.
    resp.extensions_mut().insert(ctx.clone());
    if flash.is_some() && resp.status() == StatusCode::OK {
        out_cookies.push(clear_cookie(FLASH_COOKIE, secure));
    }
    // The handler's own cookie wins: a stale session cleared here must not follow the
    // new one a sign-in just set (the browser would keep neither).
    let set_by_handler: Vec<String> =
        resp.headers().get_all(SET_COOKIE).iter().filter_map(|v| cookie_name(v).map(str::to_string)).collect();
    for c in out_cookies {
        if !cookie_name(&c).is_some_and(|n| set_by_handler.iter().any(|s| s == n)) {
            resp.headers_mut().append(SET_COOKIE, c);
        }
    }
    resp
}

/// The name in a Set-Cookie value.
fn cookie_name(v: &HeaderValue) -> Option<&str> {
    v.to_str().ok()?.split_once('=').map(|(n, _)| n.trim())
}

/// The first value of `name` in an urlencoded body or query string.
pub(crate) fn form_urlencoded_value(bytes: &[u8], name: &str) -> Option<String> {
    form_urlencoded::parse(bytes).find(|(k, _)| k == name).map(|(_, v)| v.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_depends_on_secret_and_basis() {
        let a = csrf_token(b"k1", "s:abc");
        assert_eq!(a.len(), 40);
        assert_eq!(a, csrf_token(b"k1", "s:abc"));
        assert_ne!(a, csrf_token(b"k2", "s:abc"));
        assert_ne!(a, csrf_token(b"k1", "a:abc"));
    }

    #[test]
    fn urlencoded_values() {
        assert_eq!(form_urlencoded_value(b"a=1&_csrf=x%2By+z&b=2", "_csrf").as_deref(), Some("x+y z"));
        assert_eq!(form_urlencoded_value(b"a=1", "_csrf"), None);
        assert_eq!(form_urlencoded_value(b"", "_csrf"), None);
    }
}
