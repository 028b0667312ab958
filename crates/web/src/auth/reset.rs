//! "Forgot your password?": a single-use link by mail, valid for an hour.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use weerbaar_core::account::normalise_email;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::now_ms;
use weerbaar_core::secret::hash_token;
use weerbaar_core::throttle::{PER_ADDRESS, PER_RESET, keys};
use weerbaar_store::links::{self, LinkKind};
use weerbaar_store::{audit, sessions, throttle, users};

use super::{link, personal};
use crate::AppState;
use crate::context::RequestCtx;
use crate::error::{AppError, AppResult};
use crate::forms::FormState;
use crate::http::{internal, render, render_status, see_other_with_flash};
use crate::i18n::Lang;
use crate::mail::{self, Mail};
use crate::page::Page;

pub const RESET_TTL_MS: i64 = 3_600_000;
/// Accounts created by an administrator get a week to choose a password.
pub const WELCOME_TTL_MS: i64 = 7 * 86_400_000;

#[derive(Template)]
#[template(path = "auth/forgot.html")]
struct ForgotPage {
    page: Page,
    form: FormState,
    sent: bool,
}

#[derive(Template)]
#[template(path = "auth/reset.html")]
struct ResetPage {
    page: Page,
    form: FormState,
    email: String,
}

/// The mail with a link to choose a (new) password. `welcome` for accounts an
/// administrator just created.
pub fn password_link_mail(lang: Lang, to: &str, url: &str, welcome: bool) -> Mail {
    let (s, b, hours) = if welcome {
        ("mail-welcome-subject", "mail-welcome-body", WELCOME_TTL_MS / 3_600_000)
    } else {
        ("mail-reset-subject", "mail-reset-body", RESET_TTL_MS / 3_600_000)
    };
    Mail {
        to: to.to_string(),
        subject: lang.t(s),
        body: lang.t_args(b, &[("link", url.to_string()), ("hours", hours.to_string()), ("email", to.to_string())]),
    }
}

pub(super) async fn forgot_page(ctx: RequestCtx) -> AppResult<Response> {
    render(&ForgotPage { page: Page::anonymous(&ctx, "login"), form: FormState::new(ctx.lang), sent: false })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct ForgotForm {
    email: String,
}

pub(super) async fn forgot_submit(
    State(st): State<AppState>,
    ctx: RequestCtx,
    Form(f): Form<ForgotForm>,
) -> AppResult<Response> {
    let mut form = FormState::new(ctx.lang).value_of("email", &f.email);
    let email = match normalise_email("email", &f.email) {
        Ok(e) => e,
        Err(e) => {
            form.add_error(e);
            return render_status(
                &ForgotPage { page: Page::anonymous(&ctx, "login"), form, sent: false },
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let now = now_ms();
    let mut tx = st.store.begin().await?;
    // Each request counts, per address and per client, so the form cannot flood a mailbox.
    let by_mail = throttle::record_failure(&mut tx, &format!("reset:{email}"), &PER_RESET, now).await?;
    let by_ip =
        throttle::record_failure(&mut tx, &format!("reset-ip:{}", ctx.ip.as_deref().unwrap_or("")), &PER_ADDRESS, now)
            .await?;
    let allowed = by_mail == 0 && by_ip == 0;
    if let Some(user) = users::by_email(&mut tx, &email).await?.filter(|u| !u.disabled && allowed) {
        let token = weerbaar_store::accounts::password_link(&mut tx, &user, None, RESET_TTL_MS, now).await?;
        let lang = user.locale.as_deref().and_then(Lang::parse).unwrap_or(ctx.lang);
        mail::queue(&mut tx, &password_link_mail(lang, &email, &link(&st, &format!("/password/reset/{token}")), false))
            .await?;
        audit::append(&mut tx, &personal(AuditAction::PasswordResetRequested, &user, &ctx)).await?;
    }
    tx.commit().await?;
    st.jobs_notify.notify_one();
    // The same answer whether or not the address has an account.
    render(&ForgotPage { page: Page::anonymous(&ctx, "login"), form: FormState::new(ctx.lang), sent: true })
}

async fn usable(st: &AppState, token: &str) -> AppResult<links::Link> {
    let mut c = st.store.conn().await?;
    links::find_usable(&mut c, LinkKind::PasswordReset, &hash_token(token), now_ms()).await?.ok_or(AppError::NotFound)
}

pub(super) async fn reset_page(
    State(st): State<AppState>,
    ctx: RequestCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let l = usable(&st, &token).await?;
    render(&ResetPage {
        page: Page::anonymous(&ctx, "login"),
        form: FormState::new(ctx.lang),
        email: l.email.unwrap_or_default(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewPasswordForm {
    pub password: String,
    pub password_confirm: String,
}

/// Checks a new password and its confirmation.
pub fn check_new_password(
    f: &NewPasswordForm,
    user_inputs: &[&str],
) -> Result<(), weerbaar_core::validation::FieldErrors> {
    let mut errs = weerbaar_core::validation::FieldErrors::new();
    if let Err(p) = weerbaar_core::account::check_password(&f.password, user_inputs) {
        errs.push(p.to_field_error("password"));
    } else if f.password != f.password_confirm {
        errs.push(weerbaar_core::validation::FieldError::new("password_confirm", "error-password-mismatch"));
    }
    errs.into_result()
}

pub async fn hash(password: &str) -> AppResult<String> {
    let pw = password.to_string();
    tokio::task::spawn_blocking(move || weerbaar_core::account::hash_password(&pw))
        .await
        .map_err(internal)?
        .map_err(internal)
}

pub(super) async fn reset_submit(
    State(st): State<AppState>,
    ctx: RequestCtx,
    Path(token): Path<String>,
    Form(f): Form<NewPasswordForm>,
) -> AppResult<Response> {
    let l = usable(&st, &token).await?;
    let user_id = l.user_id.clone().ok_or(AppError::NotFound)?;
    let user = {
        let mut c = st.store.conn().await?;
        users::get(&mut c, &user_id).await?.ok_or(AppError::NotFound)?
    };
    if let Err(errs) = check_new_password(&f, &[&user.email, &user.name]) {
        let form = FormState::new(ctx.lang).with_errors(errs);
        return render_status(
            &ResetPage { page: Page::anonymous(&ctx, "login"), form, email: user.email },
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let h = hash(&f.password).await?;
    let mut tx = st.store.begin().await?;
    if !links::consume(&mut tx, &l.id, now_ms()).await? {
        return Err(AppError::NotFound);
    }
    users::set_password(&mut tx, &user.id, &h).await?;
    // A reset means the old password may be known to someone else: end every session.
    sessions::delete_for_user(&mut tx, &user.id, None).await?;
    weerbaar_store::api_tokens::revoke_all(&mut tx, &user.id, now_ms()).await?;
    // The old password is no longer any use to whoever guessed at the second factor.
    throttle::clear(&mut tx, &keys::account(&user.email)).await?;
    throttle::clear(&mut tx, &keys::second_factor(user.id.as_str())).await?;
    audit::append(&mut tx, &personal(AuditAction::PasswordReset, &user, &ctx)).await?;
    tx.commit().await?;
    Ok(see_other_with_flash("/login", "flash-password-reset", st.cfg.tls()))
}
