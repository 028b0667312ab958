//! Installation administration: organisations and accounts (platform administrators).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use weerbaar_core::account::{User, normalise_email, validate_name};
use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::org::{OrgProfileInput, Organisation};
use weerbaar_core::role::{OrgRole, PlatformRoles};
use weerbaar_core::validation::FieldError;
use weerbaar_core::{UserId, now_ms};
use weerbaar_store::users::NewUser;
use weerbaar_store::{StoreError, audit, orgs, users};

use crate::AppState;
use crate::auth::{WELCOME_TTL_MS, link, password_link_mail};
use crate::error::{AppError, AppResult};
use crate::forms::FormState;
use crate::http::{render, render_status, see_other, see_other_with_flash};
use crate::mail;
use crate::org::{create_invitation, settings_kind_options};
use crate::page::{Page, PlatformAdmin};
use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/admin", |_: PlatformAdmin| async { see_other("/admin/orgs") })
        .get("/admin/orgs", orgs_page)
        .post("/admin/orgs", org_create)
        .get("/admin/users", users_page)
        .post("/admin/users", user_create)
        .post("/admin/users/{user}/disable", user_disable)
        .post("/admin/users/{user}/enable", user_enable)
        .post("/admin/users/{user}/roles", user_roles)
}

#[derive(Template)]
#[template(path = "admin/orgs.html")]
struct OrgsPage {
    page: Page,
    orgs: Vec<Organisation>,
    form: FormState,
    kinds: Vec<(String, String)>,
}

async fn orgs_view(st: &AppState, a: &PlatformAdmin, form: FormState) -> AppResult<OrgsPage> {
    let page = a.0.page(st, "admin").await?;
    let mut c = st.store.conn().await?;
    let list = orgs::list_all(&mut c).await?;
    Ok(OrgsPage { page, orgs: list, form, kinds: settings_kind_options(a.0.ctx.lang) })
}

async fn orgs_page(State(st): State<AppState>, a: PlatformAdmin) -> AppResult<Response> {
    let form = FormState::new(a.0.ctx.lang).value_of("kind", "municipality");
    render(&orgs_view(&st, &a, form).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct NewOrgForm {
    name: String,
    kind: String,
    nis_code: String,
    admin_email: String,
}

async fn org_create(State(st): State<AppState>, a: PlatformAdmin, Form(f): Form<NewOrgForm>) -> AppResult<Response> {
    let me = &a.0;
    let mut form = FormState::new(me.ctx.lang)
        .value_of("name", &f.name)
        .value_of("kind", &f.kind)
        .value_of("nis_code", &f.nis_code)
        .value_of("admin_email", &f.admin_email);
    let input = OrgProfileInput {
        name: f.name.clone(),
        kind: f.kind.clone(),
        nis_code: f.nis_code.clone(),
        ..Default::default()
    };
    let profile = match input.validate() {
        Ok(p) => Some(p),
        Err(errs) => {
            for e in errs.iter() {
                form.add_error(e.clone());
            }
            None
        }
    };
    let admin_email = if f.admin_email.trim().is_empty() {
        None
    } else {
        match normalise_email("admin_email", &f.admin_email) {
            Ok(e) => Some(e),
            Err(e) => {
                form.add_error(e);
                None
            }
        }
    };
    let Some(profile) = profile.filter(|_| !form.has_errors()) else {
        return render_status(&orgs_view(&st, &a, form).await?, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let mut tx = st.store.begin().await?;
    let org = match orgs::create(&mut tx, &profile).await {
        Ok(o) => o,
        Err(StoreError::Duplicate(_)) => {
            tx.rollback().await?;
            form.add_error(FieldError::new("name", "error-org-name-taken"));
            return render_status(&orgs_view(&st, &a, form).await?, StatusCode::UNPROCESSABLE_ENTITY);
        }
        Err(e) => return Err(e.into()),
    };
    audit::append(
        &mut tx,
        &NewAuditEntry::new(AuditAction::OrgCreated, Some(me.user.id.clone()), me.user.email.clone())
            .org(&org.id)
            .target(org.profile.name.clone())
            .change(None, serde_json::to_value(&org.profile).ok())
            .ip(me.ctx.ip.clone()),
    )
    .await?;
    if let Some(email) = admin_email {
        create_invitation(&mut tx, &st, &org, &me.user, &email, OrgRole::Admin, me.ctx.lang, me.ctx.ip.clone()).await?;
    }
    tx.commit().await?;
    st.jobs_notify.notify_one();
    Ok(see_other_with_flash("/admin/orgs", "flash-org-created", st.cfg.tls()))
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    page: Page,
    users: Vec<User>,
    form: FormState,
}

async fn users_view(st: &AppState, a: &PlatformAdmin, form: FormState) -> AppResult<UsersPage> {
    let page = a.0.page(st, "admin").await?;
    let mut c = st.store.conn().await?;
    Ok(UsersPage { page, users: users::list(&mut c).await?, form })
}

async fn users_page(State(st): State<AppState>, a: PlatformAdmin) -> AppResult<Response> {
    let form = FormState::new(a.0.ctx.lang);
    render(&users_view(&st, &a, form).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct NewUserForm {
    email: String,
    name: String,
    platform_admin: String,
    taskforce: String,
    reviewer: String,
}

fn roles_of(admin: &str, taskforce: &str, reviewer: &str) -> PlatformRoles {
    PlatformRoles { admin: admin == "on", taskforce: taskforce == "on", reviewer: reviewer == "on" }
}

async fn user_create(State(st): State<AppState>, a: PlatformAdmin, Form(f): Form<NewUserForm>) -> AppResult<Response> {
    let me = &a.0;
    let mut form = FormState::new(me.ctx.lang)
        .value_of("email", &f.email)
        .value_of("name", &f.name)
        .value_of("platform_admin", &f.platform_admin)
        .value_of("taskforce", &f.taskforce)
        .value_of("reviewer", &f.reviewer);
    let email = normalise_email("email", &f.email).map_err(|e| form.add_error(e)).ok();
    let name = validate_name("name", &f.name).map_err(|e| form.add_error(e)).ok();
    let (Some(email), Some(name)) = (email, name) else {
        return render_status(&users_view(&st, &a, form).await?, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let roles = roles_of(&f.platform_admin, &f.taskforce, &f.reviewer);
    let mut tx = st.store.begin().await?;
    let user = match users::create(
        &mut tx,
        &NewUser { email: email.clone(), name, password_hash: None, locale: None, platform: roles },
    )
    .await
    {
        Ok(u) => u,
        Err(StoreError::Duplicate(_)) => {
            tx.rollback().await?;
            form.add_error(FieldError::new("email", "error-email-taken"));
            return render_status(&users_view(&st, &a, form).await?, StatusCode::UNPROCESSABLE_ENTITY);
        }
        Err(e) => return Err(e.into()),
    };
    let now = now_ms();
    let token = weerbaar_store::accounts::password_link(&mut tx, &user, Some(&me.user.id), WELCOME_TTL_MS, now).await?;
    mail::queue(
        &mut tx,
        &password_link_mail(me.ctx.lang, &email, &link(&st, &format!("/password/reset/{token}")), true),
    )
    .await?;
    audit::append(
        &mut tx,
        &NewAuditEntry::new(AuditAction::UserCreated, Some(me.user.id.clone()), me.user.email.clone())
            .target(email)
            .change(None, serde_json::to_value(roles).ok())
            .ip(me.ctx.ip.clone()),
    )
    .await?;
    tx.commit().await?;
    st.jobs_notify.notify_one();
    Ok(see_other_with_flash("/admin/users", "flash-user-created", st.cfg.tls()))
}

async fn target(st: &AppState, user: &str) -> AppResult<User> {
    let id: UserId = user.parse().map_err(|_| AppError::NotFound)?;
    let mut c = st.store.conn().await?;
    users::get(&mut c, &id).await?.ok_or(AppError::NotFound)
}

async fn set_disabled(st: AppState, a: PlatformAdmin, user: String, disabled: bool) -> AppResult<Response> {
    let me = &a.0;
    let u = target(&st, &user).await?;
    if u.id == me.user.id {
        return Ok(see_other_with_flash("/admin/users", "flash-not-yourself", st.cfg.tls()));
    }
    let mut tx = st.store.begin().await?;
    if disabled {
        weerbaar_store::accounts::disable(&mut tx, &u.id).await?;
    } else {
        users::set_disabled(&mut tx, &u.id, false).await?;
    }
    let action = if disabled { AuditAction::UserDisabled } else { AuditAction::UserEnabled };
    audit::append(
        &mut tx,
        &NewAuditEntry::new(action, Some(me.user.id.clone()), me.user.email.clone())
            .target(u.email.clone())
            .ip(me.ctx.ip.clone()),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other_with_flash("/admin/users", "flash-saved", st.cfg.tls()))
}

async fn user_disable(State(st): State<AppState>, a: PlatformAdmin, Path(user): Path<String>) -> AppResult<Response> {
    set_disabled(st, a, user, true).await
}

async fn user_enable(State(st): State<AppState>, a: PlatformAdmin, Path(user): Path<String>) -> AppResult<Response> {
    set_disabled(st, a, user, false).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RolesForm {
    platform_admin: String,
    taskforce: String,
    reviewer: String,
}

async fn user_roles(
    State(st): State<AppState>,
    a: PlatformAdmin,
    Path(user): Path<String>,
    Form(f): Form<RolesForm>,
) -> AppResult<Response> {
    let me = &a.0;
    let u = target(&st, &user).await?;
    let roles = roles_of(&f.platform_admin, &f.taskforce, &f.reviewer);
    if u.id == me.user.id && !roles.admin {
        return Ok(see_other_with_flash("/admin/users", "flash-not-yourself", st.cfg.tls()));
    }
    let mut tx = st.store.begin().await?;
    users::set_platform_roles(&mut tx, &u.id, roles).await?;
    audit::append(
        &mut tx,
        &NewAuditEntry::new(AuditAction::PlatformRolesChanged, Some(me.user.id.clone()), me.user.email.clone())
            .target(u.email.clone())
            .change(serde_json::to_value(u.platform).ok(), serde_json::to_value(roles).ok())
            .ip(me.ctx.ip.clone()),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other_with_flash("/admin/users", "flash-saved", st.cfg.tls()))
}
