//! The page frame every HTML page shares (language, user, organisation switcher,
//! CSRF token, flash message), the extractors that decide who may see a page, and the
//! error pages.

use std::collections::HashMap;
use std::marker::PhantomData;

use askama::Template;
use axum::extract::{FromRequestParts, Path};
use axum::http::header::{CONTENT_TYPE, RETRY_AFTER, SET_COOKIE};
use axum::http::{HeaderValue, StatusCode, request::Parts};
use axum::response::{IntoResponse, Response};
use weerbaar_core::account::User;
use weerbaar_core::org::Organisation;
use weerbaar_core::role::{Membership, OrgAction, OrgRole, org_allows};
use weerbaar_core::{OrgId, role};
use weerbaar_store::sessions;

use crate::AppState;
use crate::context::RequestCtx;
use crate::error::{AppError, ErrorMarker};
use crate::http::see_other;
use crate::i18n::Lang;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Debug, Clone)]
pub struct LangOption {
    pub tag: &'static str,
    pub name: &'static str,
    pub current: bool,
}

/// What the base layout needs.
#[derive(Debug, Clone)]
pub struct Page {
    pub lang: Lang,
    pub csrf: String,
    pub path: String,
    pub user: Option<User>,
    pub memberships: Vec<Membership>,
    pub org: Option<Organisation>,
    pub role: Option<OrgRole>,
    pub flash: Option<String>,
    /// Which navigation item is current.
    pub nav: &'static str,
}

impl Page {
    pub fn anonymous(ctx: &RequestCtx, nav: &'static str) -> Page {
        Page {
            lang: ctx.lang,
            csrf: ctx.csrf.clone(),
            path: ctx.path.clone(),
            user: ctx.user().cloned(),
            memberships: vec![],
            org: None,
            role: None,
            flash: ctx.flash.clone(),
            nav,
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }
    pub fn t1(&self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        self.lang.t_args(key, &[(name, value.to_string())])
    }
    pub fn t2(&self, key: &str, n1: &str, v1: impl std::fmt::Display, n2: &str, v2: impl std::fmt::Display) -> String {
        self.lang.t_args(key, &[(n1, v1.to_string()), (n2, v2.to_string())])
    }
    pub fn datetime(&self, ms: &i64) -> String {
        self.lang.datetime(*ms)
    }
    pub fn day(&self, d: &jiff::civil::Date) -> String {
        self.lang.day(*d)
    }
    pub fn date(&self, ms: &i64) -> String {
        self.lang.date(*ms)
    }
    pub fn lang_tag(&self) -> &'static str {
        self.lang.tag()
    }
    /// The options of the language switch.
    pub fn languages(&self) -> Vec<LangOption> {
        Lang::ALL.iter().map(|l| LangOption { tag: l.tag(), name: l.native_name(), current: *l == self.lang }).collect()
    }
    pub fn asset(&self, name: &str) -> String {
        format!("/static/{VERSION}/{name}")
    }
    pub fn can(&self, action: &str) -> bool {
        let a = match action {
            "edit" => OrgAction::Edit,
            "members" => OrgAction::ManageMembers,
            "settings" => OrgAction::ManageSettings,
            "audit" => OrgAction::ReadAuditLog,
            "approve" => OrgAction::ApprovePlan,
            _ => OrgAction::Read,
        };
        self.role.is_some_and(|r| org_allows(r, a))
    }
    pub fn is_platform_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.platform.admin)
    }
    pub fn org_id(&self) -> String {
        self.org.as_ref().map(|o| o.id.to_string()).unwrap_or_default()
    }
    pub fn flash_text(&self) -> Option<String> {
        self.flash.as_deref().map(|f| self.lang.t(f))
    }
    /// Title for `<title>` and the main heading where pages want it.
    pub fn role_label(&self, r: &OrgRole) -> String {
        self.lang.t(r.label_key())
    }
}

fn ctx_of(parts: &Parts) -> Result<RequestCtx, AppError> {
    parts.extensions.get::<RequestCtx>().cloned().ok_or_else(|| AppError::Internal("request context missing".into()))
}

/// Any page: the context, signed in or not.
impl FromRequestParts<AppState> for RequestCtx {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, AppError> {
        ctx_of(parts)
    }
}

/// A fully signed-in person.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub ctx: RequestCtx,
    pub user: User,
}

/// The organisation switcher's list, from the memberships loaded with the session.
fn memberships_of(ctx: &RequestCtx) -> Vec<Membership> {
    ctx.auth
        .as_ref()
        .map(|a| {
            a.orgs
                .iter()
                .map(|m| Membership {
                    org_id: m.org.id.clone(),
                    org_name: m.org.profile.name.clone(),
                    user_id: a.user.id.clone(),
                    role: m.role,
                })
                .collect()
        })
        .unwrap_or_default()
}

impl SignedIn {
    /// The page frame, with the organisations for the switcher.
    pub async fn page(&self, _st: &AppState, nav: &'static str) -> Result<Page, AppError> {
        let mut p = Page::anonymous(&self.ctx, nav);
        p.memberships = memberships_of(&self.ctx);
        Ok(p)
    }
    pub fn session_hash(&self) -> Option<&str> {
        self.ctx.auth.as_ref().and_then(|a| a.session_hash.as_deref())
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, AppError> {
        let ctx = ctx_of(parts)?;
        let user = ctx.user().cloned().ok_or(AppError::SignInRequired)?;
        Ok(SignedIn { ctx, user })
    }
}

/// A platform administrator.
pub struct PlatformAdmin(pub SignedIn);

impl FromRequestParts<AppState> for PlatformAdmin {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let s = SignedIn::from_request_parts(parts, st).await?;
        if role::platform_allows(s.user.platform, role::PlatformAction::ManageOrganisations) {
            Ok(PlatformAdmin(s))
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// Someone who works on the toolkit's content: taskforce editors, administrators, and
/// sounding-board reviewers (who read drafts to evaluate them).
pub struct ToolkitReader(pub SignedIn);

impl FromRequestParts<AppState> for ToolkitReader {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let s = SignedIn::from_request_parts(parts, st).await?;
        let r = s.user.platform;
        if r.taskforce || r.admin || r.reviewer { Ok(ToolkitReader(s)) } else { Err(AppError::Forbidden) }
    }
}

/// Someone who may write and change toolkit resources: taskforce editors and administrators.
pub struct ToolkitEditor(pub SignedIn);

impl FromRequestParts<AppState> for ToolkitEditor {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let s = SignedIn::from_request_parts(parts, st).await?;
        if weerbaar_core::catalogue::workflow::may_edit(s.user.platform) {
            Ok(ToolkitEditor(s))
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// A permission inside an organisation, as a type, so a handler's signature says what it needs.
pub trait OrgPermission: Send + Sync + 'static {
    const ACTION: OrgAction;
}
macro_rules! permissions {
    ($($name:ident => $action:ident),*) => {$(
        pub struct $name;
        impl OrgPermission for $name { const ACTION: OrgAction = OrgAction::$action; }
    )*};
}
permissions!(
    Read => Read,
    Edit => Edit,
    ManageMembers => ManageMembers,
    ManageSettings => ManageSettings,
    ReadAuditLog => ReadAuditLog,
    ApprovePlan => ApprovePlan
);

/// A member of the organisation named by the `{org}` path parameter (or owning the
/// `{plan}` the path names), with a role that allows `A`. This is the tenant check: non-members get 404, members without the
/// permission 403, and nothing else in a handler decides access.
pub struct Member<A: OrgPermission> {
    pub ctx: RequestCtx,
    pub user: User,
    pub org: Organisation,
    pub role: OrgRole,
    pub memberships: Vec<Membership>,
    _a: PhantomData<A>,
}

impl<A: OrgPermission> Member<A> {
    pub fn page(&self, nav: &'static str) -> Page {
        let mut p = Page::anonymous(&self.ctx, nav);
        p.memberships = self.memberships.clone();
        p.org = Some(self.org.clone());
        p.role = Some(self.role);
        p
    }
    pub fn org_id(&self) -> &OrgId {
        &self.org.id
    }
    /// The same member for a lesser permission (an editor answering with what a reader sees).
    pub fn downgrade<B: OrgPermission>(self) -> Member<B> {
        Member {
            ctx: self.ctx,
            user: self.user,
            org: self.org,
            role: self.role,
            memberships: self.memberships,
            _a: PhantomData,
        }
    }
    pub fn actor(&self) -> (Option<weerbaar_core::UserId>, String) {
        (Some(self.user.id.clone()), self.user.email.clone())
    }
}

impl<A: OrgPermission> FromRequestParts<AppState> for Member<A> {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let ctx = ctx_of(parts)?;
        let auth = ctx.auth.clone().filter(|a| !a.mfa_pending && !a.user.disabled).ok_or(AppError::SignInRequired)?;
        let Path(params): Path<HashMap<String, String>> =
            Path::from_request_parts(parts, st).await.map_err(|_| AppError::NotFound)?;
        // The organisation is named in the path, or found through the plan the path names.
        let org_id: OrgId = match (params.get("org"), params.get("plan")) {
            (Some(o), _) => o.parse().map_err(|_| AppError::NotFound)?,
            (None, Some(p)) => {
                let mut c = st.store.conn().await?;
                weerbaar_store::bcp::org_of(&mut c, p).await?.ok_or(AppError::NotFound)?
            }
            (None, None) => return Err(AppError::NotFound),
        };
        // The memberships came with the session, in the same query: always current.
        let m = auth.orgs.iter().find(|m| m.org.id == org_id).ok_or(AppError::NotFound)?;
        let (role, org) = (m.role, m.org.clone());
        if !org_allows(role, A::ACTION) {
            return Err(AppError::Forbidden);
        }
        if org.profile.require_mfa && !auth.user.mfa_enabled {
            return Err(AppError::MfaSetupRequired);
        }
        if let Some(h) = &auth.session_hash
            && auth.active_org.as_ref() != Some(&org_id)
        {
            let mut c = st.store.conn().await?;
            sessions::set_active_org(&mut c, h, &org_id).await?;
        }
        let memberships = memberships_of(&ctx);
        Ok(Member { ctx, user: auth.user, org, role, memberships, _a: PhantomData })
    }
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

pub fn urlencode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
