//! First start without demo data: a one-time link that creates the first platform
//! administrator.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::SET_COOKIE;
use axum::response::Response;
use serde::Deserialize;
use weerbaar_core::account::{normalise_email, validate_name};
use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::now_ms;
use weerbaar_core::role::PlatformRoles;
use weerbaar_core::secret::{hash_token, random_token};
use weerbaar_store::links::{self, LinkKind};
use weerbaar_store::users::NewUser;
use weerbaar_store::{Store, StoreError, audit, users};

use super::reset::{NewPasswordForm, check_new_password, hash};
use super::start_session;
use crate::AppState;
use crate::context::RequestCtx;
use crate::error::{AppError, AppResult};
use crate::forms::FormState;
use crate::http::{render, render_status, see_other};
use crate::page::Page;

pub const SETUP_TTL_MS: i64 = 24 * 3_600_000;

/// When no account exists yet, makes a fresh setup link (older ones stop working) and
/// returns its path; None when accounts exist.
pub async fn ensure_setup_link(store: &Store) -> Result<Option<String>, StoreError> {
    let mut tx = store.begin().await?;
    if users::count(&mut tx).await? > 0 {
        tx.rollback().await?;
        return Ok(None);
    }
    let now = now_ms();
    links::revoke_open(&mut tx, LinkKind::Setup, "", now).await?;
    let token = random_token();
    links::create(
        &mut tx,
        &links::NewLink {
            kind: LinkKind::Setup,
            token_hash: &hash_token(&token),
            email: Some(""),
            org_id: None,
            role: None,
            user_id: None,
            created_by: None,
            now,
            expires_at: now + SETUP_TTL_MS,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Some(format!("/setup/{token}")))
}

#[derive(Template)]
#[template(path = "auth/setup.html")]
struct SetupPage {
    page: Page,
    form: FormState,
}

async fn usable(st: &AppState, token: &str) -> AppResult<links::Link> {
    let mut c = st.store.conn().await?;
    if users::count(&mut c).await? > 0 {
        return Err(AppError::NotFound);
    }
    links::find_usable(&mut c, LinkKind::Setup, &hash_token(token), now_ms()).await?.ok_or(AppError::NotFound)
}

pub(super) async fn page(
    State(st): State<AppState>,
    ctx: RequestCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    usable(&st, &token).await?;
    render(&SetupPage { page: Page::anonymous(&ctx, "login"), form: FormState::new(ctx.lang) })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct SetupForm {
    email: String,
    name: String,
    password: String,
    password_confirm: String,
}

pub(super) async fn submit(
    State(st): State<AppState>,
    ctx: RequestCtx,
    Path(token): Path<String>,
    Form(f): Form<SetupForm>,
) -> AppResult<Response> {
    let l = usable(&st, &token).await?;
    let mut form = FormState::new(ctx.lang).value_of("email", &f.email).value_of("name", &f.name);
    let email = normalise_email("email", &f.email).map_err(|e| form.add_error(e)).ok();
    let name = validate_name("name", &f.name).map_err(|e| form.add_error(e)).ok();
    let pw = NewPasswordForm { password: f.password.clone(), password_confirm: f.password_confirm.clone() };
    if let Err(errs) = check_new_password(&pw, &[&f.email, &f.name]) {
        for e in errs.iter() {
            form.add_error(e.clone());
        }
    }
    let (Some(email), Some(name)) = (email, name) else {
        return render_status(
            &SetupPage { page: Page::anonymous(&ctx, "login"), form },
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    if form.has_errors() {
        return render_status(
            &SetupPage { page: Page::anonymous(&ctx, "login"), form },
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let h = hash(&f.password).await?;
    let mut tx = st.store.begin().await?;
    if !links::consume(&mut tx, &l.id, now_ms()).await? || users::count(&mut tx).await? > 0 {
        return Err(AppError::NotFound);
    }
    let user = users::create(
        &mut tx,
        &NewUser {
            email,
            name,
            password_hash: Some(h),
            locale: Some(ctx.lang.tag().into()),
            platform: PlatformRoles { admin: true, taskforce: false, reviewer: false },
        },
    )
    .await?;
    audit::append(
        &mut tx,
        &NewAuditEntry::new(AuditAction::SetupCompleted, Some(user.id.clone()), user.email.clone()).ip(ctx.ip.clone()),
    )
    .await?;
    let cookie = start_session(&mut tx, &st, &user.id, false, None, &ctx).await?;
    tx.commit().await?;
    let mut r = see_other("/admin/orgs");
    r.headers_mut().append(SET_COOKIE, cookie);
    Ok(r)
}
