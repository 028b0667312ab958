//! The page frame every HTML page shares (language, user, organisation switcher,
//! CSRF token, flash message) and the extractors that decide who may see a page.

use std::collections::HashMap;
use std::marker::PhantomData;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use weerbaar_core::account::User;
use weerbaar_core::org::Organisation;
use weerbaar_core::role::{Membership, OrgAction, OrgRole, org_allows};
use weerbaar_core::{OrgId, role};
use weerbaar_store::sessions;

use crate::AppState;
use crate::context::RequestCtx;
use crate::error::AppError;
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

    /// A page anyone may see (the toolkit): signed in, it keeps the organisation's
    /// header and menu, for the first of the person's organisations (the switcher
    /// offers the others), so the way back is never only the logo.
    pub fn public(ctx: &RequestCtx, nav: &'static str) -> Page {
        let mut p = Page::anonymous(ctx, nav);
        if let Some(a) = &ctx.auth {
            p.memberships = memberships_of(ctx);
            if let Some(first) = a.orgs.first() {
                p.org = Some(first.org.clone());
                p.role = Some(first.role);
            }
        }
        p
    }

    /// Where the organisation switcher goes for `org`: the same part of the other
    /// organisation (the plan step, the members), never an id of this one.
    pub fn switch_href(&self, org: &impl std::fmt::Display) -> String {
        let current = self.org.as_ref().map(|o| o.id.to_string());
        switch_path(current.as_deref(), &self.path, &org.to_string())
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
/// [`Page::switch_href`] as a pure function of the current organisation and path.
fn switch_path(current: Option<&str>, path: &str, org: &str) -> String {
    let rest = current
        .map(|c| format!("/o/{c}"))
        .and_then(|c| path.strip_prefix(c.as_str()).map(str::to_string))
        .filter(|r| r.is_empty() || r.starts_with('/'))
        .unwrap_or_default();
    let kept: Vec<&str> = rest
        .split('/')
        .filter(|s| !s.is_empty())
        .take_while(|s| s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        .take(2)
        .collect();
    // Only parts every member may read: settings and the audit log are for administrators.
    match kept.first() {
        Some(&"plan") | Some(&"members") | Some(&"findings") | Some(&"engagements") | Some(&"assessments") => {
            format!("/o/{org}/{}", kept.join("/"))
        }
        _ => format!("/o/{org}"),
    }
}

#[cfg(test)]
mod switch_tests {
    use super::switch_path;

    #[test]
    fn the_switcher_stays_on_the_same_part() {
        let a = Some("aaa");
        assert_eq!(switch_path(a, "/o/aaa/plan/bia", "bbb"), "/o/bbb/plan/bia");
        assert_eq!(switch_path(a, "/o/aaa/plan/bia/0192f8a4-6f1e-7cc0-9d5e-0123456789ab", "bbb"), "/o/bbb/plan/bia");
        assert_eq!(switch_path(a, "/o/aaa/members", "bbb"), "/o/bbb/members");
        assert_eq!(switch_path(a, "/o/aaa/settings", "bbb"), "/o/bbb", "administrators only");
        assert_eq!(switch_path(a, "/o/aaa/audit", "bbb"), "/o/bbb");
        assert_eq!(switch_path(a, "/o/aaa", "bbb"), "/o/bbb");
        assert_eq!(switch_path(None, "/toolkit", "bbb"), "/o/bbb");
        assert_eq!(switch_path(a, "/o/aaab/plan", "bbb"), "/o/bbb", "another organisation's path");
    }
}

pub(crate) fn memberships_of(ctx: &RequestCtx) -> Vec<Membership> {
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
/// `{plan}`, `{engagement}`, `{finding}` or `{assessment}` the path names), with a role that allows `A`. This is the tenant check: non-members get 404, members without the
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
            (None, None) => {
                let mut c = st.store.conn().await?;
                let found = match (params.get("engagement"), params.get("finding"), params.get("assessment")) {
                    (Some(e), _, _) => weerbaar_store::engagements::org_of(&mut c, e).await?,
                    (None, Some(f), _) => weerbaar_store::findings::org_of(&mut c, f).await?,
                    (None, None, Some(a)) => weerbaar_store::assessments::org_of(&mut c, a).await?,
                    (None, None, None) => match params.get("campaign") {
                        Some(x) => weerbaar_store::awareness::campaigns::org_of(&mut c, x).await?,
                        None => None,
                    },
                };
                found.ok_or(AppError::NotFound)?
            }
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

pub fn urlencode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
