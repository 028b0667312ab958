//! Sign-in with password, the second factor, sign-out.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::http::header::SET_COOKIE;
use axum::response::Response;
use serde::Deserialize;
use weerbaar_core::account::{dummy_hash, normalise_email, verify_password};
use weerbaar_core::audit::AuditAction;
use weerbaar_core::mfa::{self, normalise_recovery_code};
use weerbaar_core::now_ms;
use weerbaar_core::secret::hash_token;
use weerbaar_core::throttle::{self as rules, PER_ACCOUNT, PER_ADDRESS, PER_PAIR, SECOND_FACTOR, keys};
use weerbaar_core::validation::FieldError;
use weerbaar_store::{audit, sessions, throttle, users};

use super::{personal, start_session};
use crate::AppState;
use crate::context::RequestCtx;
use crate::error::{AppError, AppResult};
use crate::forms::FormState;
use crate::http::{
    SESSION_COOKIE, clear_cookie, internal, render, render_status, safe_next, see_other, see_other_with_flash,
};
use crate::page::{Page, SignedIn};

#[derive(Template)]
#[template(path = "auth/login.html")]
struct LoginPage {
    page: Page,
    form: FormState,
    next: String,
}

#[derive(Template)]
#[template(path = "auth/mfa.html")]
struct MfaPage {
    page: Page,
    form: FormState,
    next: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct NextQuery {
    next: String,
}

pub(super) async fn page(ctx: RequestCtx, Query(q): Query<NextQuery>) -> AppResult<Response> {
    if ctx.user().is_some() {
        return Ok(see_other(&safe_next(Some(&q.next))));
    }
    let form = FormState::new(ctx.lang);
    render(&LoginPage { page: Page::anonymous(&ctx, "login"), form, next: safe_next(Some(&q.next)) })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct LoginForm {
    email: String,
    password: String,
    next: String,
}

/// Seconds until a throttled key may try again (0: not blocked).
async fn blocked_for(st: &AppState, keys: &[&str], now: i64) -> AppResult<i64> {
    let mut c = st.store.conn().await?;
    let mut until = 0;
    for k in keys {
        until = until.max(throttle::blocked_until(&mut c, k).await?);
    }
    Ok(if until > now { (until - now + 999) / 1000 } else { 0 })
}

fn throttled_form(ctx: &RequestCtx, form: &mut FormState, secs: i64) {
    form.add_general_text(ctx.lang.t_args("login-throttled", &[("seconds", secs.to_string())]));
}

pub(super) async fn submit(
    State(st): State<AppState>,
    ctx: RequestCtx,
    Form(f): Form<LoginForm>,
) -> AppResult<Response> {
    let next = safe_next(Some(&f.next));
    let mut form = FormState::new(ctx.lang).value_of("email", &f.email);
    let show = |form: FormState, status: StatusCode| {
        render_status(&LoginPage { page: Page::anonymous(&ctx, "login"), form, next: next.clone() }, status)
    };
    let email = match normalise_email("email", &f.email) {
        Ok(e) => e,
        Err(e) => {
            form.add_error(e);
            return show(form, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    if f.password.is_empty() {
        form.add_error(FieldError::new("password", "error-required"));
        return show(form, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let now = now_ms();
    let ip = ctx.ip.as_deref().unwrap_or("unknown");
    let pair_key = keys::pair(&email, ip);
    let acct_key = keys::account(&email);
    let ip_key = keys::address(ip);
    let wait = blocked_for(&st, &[&pair_key, &acct_key, &ip_key], now).await?;
    if wait > 0 {
        throttled_form(&ctx, &mut form, wait);
        return show(form, StatusCode::TOO_MANY_REQUESTS);
    }

    let cred = {
        let mut c = st.store.conn().await?;
        users::credentials(&mut c, &email).await?
    };
    let hash = cred.as_ref().and_then(|c| c.password_hash.clone()).unwrap_or_else(|| dummy_hash().to_string());
    let pw = f.password.clone();
    // argon2 takes tens of milliseconds of CPU: keep it off the async workers.
    let ok = tokio::task::spawn_blocking(move || verify_password(&pw, &hash)).await.map_err(internal)?;
    let cred = cred.filter(|c| ok && !c.user.disabled && c.password_hash.is_some());

    let Some(cred) = cred else {
        let mut tx = st.store.begin().await?;
        throttle::record_failure(&mut tx, &pair_key, &PER_PAIR, now).await?;
        throttle::record_failure(&mut tx, &acct_key, &PER_ACCOUNT, now).await?;
        throttle::record_failure(&mut tx, &ip_key, &PER_ADDRESS, now).await?;
        let known = users::by_email(&mut tx, &email).await?;
        let mut e =
            weerbaar_core::audit::NewAuditEntry::new(AuditAction::SignInFailed, known.map(|u| u.id), email.clone())
                .ip(ctx.ip.clone());
        e.target = Some("password".into());
        audit::append(&mut tx, &e).await?;
        tx.commit().await?;
        form.add_general("login-failed");
        return show(form, StatusCode::UNAUTHORIZED);
    };

    let mfa = cred.totp_secret.is_some();
    let mut tx = st.store.begin().await?;
    // The password was right: its counts start again. The second factor's count does
    // not: only a completed sign-in clears it.
    throttle::clear(&mut tx, &pair_key).await?;
    throttle::clear(&mut tx, &acct_key).await?;
    if let Some(old) = ctx.auth.as_ref().and_then(|a| a.session_hash.as_deref()) {
        sessions::delete(&mut tx, old).await?;
    }
    let cookie = start_session(&mut tx, &st, &cred.user.id, mfa, None, &ctx).await?;
    if !mfa {
        audit::append(&mut tx, &personal(AuditAction::SignIn, &cred.user, &ctx)).await?;
    }
    tx.commit().await?;
    let target = if mfa { format!("/login/mfa?next={}", crate::page::urlencode(&next)) } else { next };
    let mut r = see_other(&target);
    r.headers_mut().append(SET_COOKIE, cookie);
    Ok(r)
}

pub(super) async fn mfa_page(ctx: RequestCtx, Query(q): Query<NextQuery>) -> AppResult<Response> {
    if !ctx.auth.as_ref().is_some_and(|a| a.mfa_pending) {
        return Ok(see_other("/login"));
    }
    render(&MfaPage {
        page: Page::anonymous(&ctx, "login"),
        form: FormState::new(ctx.lang),
        next: safe_next(Some(&q.next)),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct MfaForm {
    code: String,
    recovery_code: String,
    next: String,
}

pub(super) async fn mfa_submit(
    State(st): State<AppState>,
    ctx: RequestCtx,
    Form(f): Form<MfaForm>,
) -> AppResult<Response> {
    let Some(auth) = ctx.auth.clone().filter(|a| a.mfa_pending) else {
        return Ok(see_other("/login"));
    };
    let next = safe_next(Some(&f.next));
    let user = auth.user.clone();
    let mut form = FormState::new(ctx.lang);
    let show = |form: FormState, status: StatusCode| {
        render_status(&MfaPage { page: Page::anonymous(&ctx, "login"), form, next: next.clone() }, status)
    };
    if f.code.trim().is_empty() && f.recovery_code.trim().is_empty() {
        form.add_error(FieldError::new("code", "error-mfa-code-required"));
        return show(form, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let now = now_ms();
    let factor_key = keys::second_factor(user.id.as_str());
    let wait = blocked_for(&st, &[&factor_key], now).await?;
    if wait > 0 {
        throttled_form(&ctx, &mut form, wait);
        return show(form, StatusCode::TOO_MANY_REQUESTS);
    }

    let mut tx = st.store.begin().await?;
    let state = users::totp_state(&mut tx, &user.id).await?;
    let secret = state.secret.ok_or(AppError::NotFound)?;
    let (ok, how) = if !f.code.trim().is_empty() {
        let ok = match mfa::verify(&secret, &f.code, (now / 1000) as u64, state.last_step) {
            Ok(step) => users::claim_totp_step(&mut tx, &user.id, step).await?,
            Err(_) => false,
        };
        (ok, "totp")
    } else {
        let h = hash_token(&normalise_recovery_code(&f.recovery_code));
        (users::use_recovery_code(&mut tx, &user.id, &h).await?, "recovery_code")
    };
    if !ok {
        let failures = throttle::record(&mut tx, &factor_key, &SECOND_FACTOR, now).await?;
        let mut e = personal(weerbaar_core::audit::AuditAction::SignInFailed, &user, &ctx);
        e.target = Some(how.into());
        audit::append(&mut tx, &e).await?;
        if rules::second_factor_locks(failures) {
            // Someone knows the password: lock the second factor and tell the owner.
            throttle::block(&mut tx, &factor_key, now + SECOND_FACTOR.max_secs * 1000).await?;
            audit::append(&mut tx, &personal(AuditAction::SecondFactorLocked, &user, &ctx)).await?;
            let lang = user.locale.as_deref().and_then(crate::i18n::Lang::parse).unwrap_or(ctx.lang);
            let args = [
                ("count", rules::SECOND_FACTOR_LOCK_AT.to_string()),
                ("minutes", (SECOND_FACTOR.max_secs / 60).to_string()),
                ("link", crate::auth::link(&st, "/password/forgot")),
            ];
            let mail = crate::mail::Mail {
                to: user.email.clone(),
                subject: lang.t("mail-mfa-locked-subject"),
                body: lang.t_args("mail-mfa-locked-body", &args),
            };
            crate::mail::queue(&mut tx, &mail).await?;
        }
        tx.commit().await?;
        st.jobs_notify.notify_one();
        let field = if how == "totp" { "code" } else { "recovery_code" };
        form.add_error(FieldError::new(field, "error-mfa-code-invalid"));
        return show(form, StatusCode::UNAUTHORIZED);
    }
    throttle::clear(&mut tx, &factor_key).await?;
    if let Some(h) = &auth.session_hash {
        sessions::delete(&mut tx, h).await?;
    }
    let cookie = start_session(&mut tx, &st, &user.id, false, None, &ctx).await?;
    let mut e = personal(AuditAction::SignIn, &user, &ctx);
    e.target = Some(how.into());
    audit::append(&mut tx, &e).await?;
    if how == "recovery_code" {
        audit::append(&mut tx, &personal(AuditAction::RecoveryCodeUsed, &user, &ctx)).await?;
    }
    tx.commit().await?;
    let mut r = see_other(&next);
    r.headers_mut().append(SET_COOKIE, cookie);
    Ok(r)
}

pub(super) async fn logout(State(st): State<AppState>, ctx: RequestCtx) -> AppResult<Response> {
    if let Some(auth) = &ctx.auth {
        let mut tx = st.store.begin().await?;
        if let Some(h) = &auth.session_hash {
            sessions::delete(&mut tx, h).await?;
        }
        audit::append(&mut tx, &personal(AuditAction::SignOut, &auth.user, &ctx)).await?;
        tx.commit().await?;
    }
    let mut r = see_other_with_flash("/login", "flash-signed-out", st.cfg.tls());
    r.headers_mut().append(SET_COOKIE, clear_cookie(SESSION_COOKIE, st.cfg.tls()));
    Ok(r)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct EverywhereForm {
    /// Checked: API tokens keep working (by default they end with the sessions).
    keep_tokens: String,
}

/// Ends every session of the person, on every device, and (unless asked not to) every
/// API token.
pub(super) async fn logout_everywhere(
    State(st): State<AppState>,
    me: SignedIn,
    Form(f): Form<EverywhereForm>,
) -> AppResult<Response> {
    let mut tx = st.store.begin().await?;
    let n = sessions::delete_for_user(&mut tx, &me.user.id, None).await?;
    let tokens = if f.keep_tokens == "on" {
        0
    } else {
        weerbaar_store::api_tokens::revoke_all(&mut tx, &me.user.id, now_ms()).await?
    };
    let mut e = personal(AuditAction::SignOutEverywhere, &me.user, &me.ctx);
    e.after = Some(serde_json::json!({"sessions_ended": n, "tokens_revoked": tokens}));
    audit::append(&mut tx, &e).await?;
    tx.commit().await?;
    let mut r = see_other_with_flash("/login", "flash-signed-out-everywhere", st.cfg.tls());
    r.headers_mut().append(SET_COOKIE, clear_cookie(SESSION_COOKIE, st.cfg.tls()));
    Ok(r)
}
