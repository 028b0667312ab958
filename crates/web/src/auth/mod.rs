//! Signing in and out, the second factor, password reset, invitations, first setup,
//! and the language switch.

mod invite;
mod login;
mod reset;
mod setup;

use axum::Form;
use axum::http::HeaderValue;
use axum::http::header::SET_COOKIE;
use axum::response::Response;
use serde::Deserialize;
use weerbaar_core::account::User;
use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::secret::{hash_token, random_token};
use weerbaar_core::{OrgId, UserId, now_ms};
use weerbaar_store::{Db, sessions, users};

use crate::AppState;
use crate::context::RequestCtx;
use crate::error::AppResult;
use crate::http::{LANG_COOKIE, SESSION_COOKIE, safe_next, see_other, set_cookie};
use crate::i18n::Lang;
use crate::routes::Routes;

pub use invite::{INVITATION_TTL_MS, invitation_mail};
pub use reset::{NewPasswordForm, WELCOME_TTL_MS, check_new_password, hash as hash_password, password_link_mail};

/// The new-password fields of a form.
pub fn reset_form(password: &str, confirm: &str) -> NewPasswordForm {
    NewPasswordForm { password: password.to_string(), password_confirm: confirm.to_string() }
}
pub use setup::ensure_setup_link;

pub fn routes() -> Routes {
    Routes::new()
        .get("/", home)
        .get("/login", login::page)
        .post("/login", login::submit)
        .get("/login/mfa", login::mfa_page)
        .post("/login/mfa", login::mfa_submit)
        .post("/logout", login::logout)
        .post("/logout/everywhere", login::logout_everywhere)
        .get("/password/forgot", reset::forgot_page)
        .post("/password/forgot", reset::forgot_submit)
        .get("/password/reset/{token}", reset::reset_page)
        .post("/password/reset/{token}", reset::reset_submit)
        .get("/invite/{token}", invite::page)
        .post("/invite/{token}", invite::accept)
        .get("/setup/{token}", setup::page)
        .post("/setup/{token}", setup::submit)
        .post("/language", language)
}

/// `/`: the organisation last worked in, the first one, or the account page.
async fn home(axum::extract::State(st): axum::extract::State<AppState>, ctx: RequestCtx) -> AppResult<Response> {
    let Some(user) = ctx.user() else {
        if ctx.auth.as_ref().is_some_and(|a| a.mfa_pending) {
            return Ok(see_other("/login/mfa"));
        }
        return Ok(see_other("/login"));
    };
    let orgs = ctx.auth.as_ref().map(|a| a.orgs.as_slice()).unwrap_or_default();
    let active = ctx.auth.as_ref().and_then(|a| a.active_org.clone());
    let target =
        active.filter(|a| orgs.iter().any(|m| &m.org.id == a)).or_else(|| orgs.first().map(|m| m.org.id.clone()));
    Ok(match target {
        Some(org) => see_other(&format!("/o/{org}")),
        None if user.platform.admin => see_other("/admin/orgs"),
        None => {
            // An external tester has no organisation, only the engagements they test.
            let mut c = st.store.conn().await?;
            if weerbaar_store::engagements::guest_engagements(&mut c, &user.id).await?.is_empty() {
                see_other("/account")
            } else {
                see_other("/engagements")
            }
        }
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct LanguageForm {
    lang: String,
    back: String,
}

/// The language switch on every page: a cookie, and the account's preference when signed in.
async fn language(
    axum::extract::State(st): axum::extract::State<AppState>,
    ctx: RequestCtx,
    Form(f): Form<LanguageForm>,
) -> AppResult<Response> {
    let lang = Lang::parse(&f.lang).unwrap_or(ctx.lang);
    if let Some(u) = ctx.user() {
        let mut c = st.store.conn().await?;
        users::set_locale(&mut c, &u.id, lang.tag()).await?;
    }
    let mut r = see_other(&safe_next(Some(&f.back)));
    r.headers_mut().append(SET_COOKIE, set_cookie(LANG_COOKIE, lang.tag(), Some(365 * 86_400), st.cfg.tls()));
    Ok(r)
}

/// Starts a new session (a fresh token every time: sessions rotate at sign-in) and
/// returns the cookie that carries it.
pub(crate) async fn start_session(
    db: &mut impl Db,
    st: &AppState,
    user: &UserId,
    mfa_pending: bool,
    active_org: Option<&OrgId>,
    ctx: &RequestCtx,
) -> Result<HeaderValue, weerbaar_store::StoreError> {
    let token = random_token();
    let hash = hash_token(&token);
    let now = now_ms();
    sessions::create(
        db,
        &sessions::NewSession {
            id_hash: &hash,
            user_id: user,
            now,
            expires_at: st.cfg.session.hard_expiry(now, mfa_pending),
            mfa_pending,
            active_org,
            ip: ctx.ip.as_deref(),
            user_agent: ctx.user_agent.as_deref(),
        },
    )
    .await?;
    Ok(set_cookie(SESSION_COOKIE, &token, None, st.cfg.tls()))
}

/// An audit entry about a person's own account.
pub(crate) fn personal(action: AuditAction, user: &User, ctx: &RequestCtx) -> NewAuditEntry {
    NewAuditEntry::new(action, Some(user.id.clone()), user.email.clone()).ip(ctx.ip.clone())
}

/// The link in mails, built from the configured public address.
pub(crate) fn link(st: &AppState, path: &str) -> String {
    format!("{}{}", st.cfg.public_url, path)
}
