//! Accepting an invitation to an organisation: with a new account, or with the account
//! the invited address already has.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::SET_COOKIE;
use axum::response::Response;
use serde::Deserialize;
use weerbaar_core::account::validate_name;
use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::now_ms;
use weerbaar_core::role::{OrgRole, PlatformRoles};
use weerbaar_core::secret::hash_token;
use weerbaar_store::links::{self, LinkKind};
use weerbaar_store::users::NewUser;
use weerbaar_store::{StoreError, audit, members, orgs, users};

use super::reset::{NewPasswordForm, check_new_password, hash};
use super::start_session;
use crate::AppState;
use crate::context::RequestCtx;
use crate::error::{AppError, AppResult};
use crate::forms::FormState;
use crate::http::{render, render_status, see_other_with_flash};
use crate::i18n::Lang;
use crate::mail::Mail;
use crate::page::Page;

pub const INVITATION_TTL_MS: i64 = 7 * 86_400_000;

pub fn invitation_mail(lang: Lang, to: &str, org: &str, inviter: &str, role: OrgRole, url: &str) -> Mail {
    Mail {
        to: to.to_string(),
        subject: lang.t_args("mail-invite-subject", &[("org", org.to_string())]),
        body: lang.t_args(
            "mail-invite-body",
            &[
                ("org", org.to_string()),
                ("inviter", inviter.to_string()),
                ("role", lang.t(role.label_key())),
                ("link", url.to_string()),
                ("days", (INVITATION_TTL_MS / 86_400_000).to_string()),
            ],
        ),
    }
}

/// What the person opening the link can do.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Situation {
    /// No account for this address yet: choose a name and password.
    NewAccount,
    /// An account exists: sign in first.
    SignIn,
    /// Signed in as someone else.
    WrongAccount(String),
    /// Signed in as the invited person.
    Accept,
}

#[derive(Template)]
#[template(path = "auth/invite.html")]
struct InvitePage {
    page: Page,
    form: FormState,
    org_name: String,
    role: String,
    email: String,
    token: String,
    situation: Situation,
}

struct Loaded {
    link: links::Link,
    org_id: weerbaar_core::OrgId,
    org_name: String,
    role: OrgRole,
    email: String,
    account: Option<weerbaar_core::account::User>,
}

async fn load(st: &AppState, token: &str) -> AppResult<Loaded> {
    let mut c = st.store.conn().await?;
    let link = links::find_usable(&mut c, LinkKind::Invitation, &hash_token(token), now_ms())
        .await?
        .ok_or(AppError::NotFound)?;
    let org_id = link.org_id.clone().ok_or(AppError::NotFound)?;
    let org = orgs::get(&mut c, &org_id).await?.ok_or(AppError::NotFound)?;
    let email = link.email.clone().ok_or(AppError::NotFound)?;
    let account = users::by_email(&mut c, &email).await?;
    let role = link.role.unwrap_or(OrgRole::Viewer);
    Ok(Loaded { link, org_id, org_name: org.profile.name, role, email, account })
}

fn situation(l: &Loaded, ctx: &RequestCtx) -> Situation {
    match (ctx.user(), &l.account) {
        (Some(me), _) if me.email == l.email => Situation::Accept,
        (Some(me), _) => Situation::WrongAccount(me.email.clone()),
        (None, Some(_)) => Situation::SignIn,
        (None, None) => Situation::NewAccount,
    }
}

fn view(ctx: &RequestCtx, l: &Loaded, token: &str, form: FormState) -> InvitePage {
    InvitePage {
        page: Page::anonymous(ctx, "login"),
        form,
        org_name: l.org_name.clone(),
        role: ctx.lang.t(l.role.label_key()),
        email: l.email.clone(),
        token: token.to_string(),
        situation: situation(l, ctx),
    }
}

pub(super) async fn page(
    State(st): State<AppState>,
    ctx: RequestCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let l = load(&st, &token).await?;
    render(&view(&ctx, &l, &token, FormState::new(ctx.lang)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct AcceptForm {
    name: String,
    password: String,
    password_confirm: String,
}

pub(super) async fn accept(
    State(st): State<AppState>,
    ctx: RequestCtx,
    Path(token): Path<String>,
    Form(f): Form<AcceptForm>,
) -> AppResult<Response> {
    let l = load(&st, &token).await?;
    let now = now_ms();
    match situation(&l, &ctx) {
        Situation::SignIn | Situation::WrongAccount(_) => Err(AppError::Forbidden),
        Situation::Accept => {
            let me = ctx.user().cloned().ok_or(AppError::SignInRequired)?;
            let mut tx = st.store.begin().await?;
            if !links::consume(&mut tx, &l.link.id, now).await? {
                return Err(AppError::NotFound);
            }
            match members::add(&mut tx, &l.org_id, &me.id, l.role).await {
                Ok(()) | Err(StoreError::Duplicate(_)) => {}
                Err(e) => return Err(e.into()),
            }
            audit::append(
                &mut tx,
                &NewAuditEntry::new(AuditAction::MemberJoined, Some(me.id.clone()), me.email.clone())
                    .org(&l.org_id)
                    .target(me.email.clone())
                    .change(None, Some(serde_json::json!({"role": l.role.as_str()})))
                    .ip(ctx.ip.clone()),
            )
            .await?;
            tx.commit().await?;
            Ok(see_other_with_flash(&format!("/o/{}", l.org_id), "flash-invitation-accepted", st.cfg.tls()))
        }
        Situation::NewAccount => {
            let mut form = FormState::new(ctx.lang).value_of("name", &f.name);
            let name = match validate_name("name", &f.name) {
                Ok(n) => Some(n),
                Err(e) => {
                    form.add_error(e);
                    None
                }
            };
            let pw = NewPasswordForm { password: f.password.clone(), password_confirm: f.password_confirm.clone() };
            if let Err(errs) = check_new_password(&pw, &[&l.email, &f.name]) {
                for e in errs.iter() {
                    form.add_error(e.clone());
                }
            }
            let Some(name) = name.filter(|_| !form.has_errors()) else {
                return render_status(&view(&ctx, &l, &token, form), StatusCode::UNPROCESSABLE_ENTITY);
            };
            let h = hash(&f.password).await?;
            let mut tx = st.store.begin().await?;
            if !links::consume(&mut tx, &l.link.id, now).await? {
                return Err(AppError::NotFound);
            }
            let user = users::create(
                &mut tx,
                &NewUser {
                    email: l.email.clone(),
                    name,
                    password_hash: Some(h),
                    locale: Some(ctx.lang.tag().into()),
                    platform: PlatformRoles::default(),
                },
            )
            .await?;
            members::add(&mut tx, &l.org_id, &user.id, l.role).await?;
            audit::append(
                &mut tx,
                &NewAuditEntry::new(AuditAction::UserCreated, Some(user.id.clone()), user.email.clone())
                    .org(&l.org_id)
                    .target(user.email.clone())
                    .ip(ctx.ip.clone()),
            )
            .await?;
            audit::append(
                &mut tx,
                &NewAuditEntry::new(AuditAction::MemberJoined, Some(user.id.clone()), user.email.clone())
                    .org(&l.org_id)
                    .target(user.email.clone())
                    .change(None, Some(serde_json::json!({"role": l.role.as_str()})))
                    .ip(ctx.ip.clone()),
            )
            .await?;
            let cookie = start_session(&mut tx, &st, &user.id, false, Some(&l.org_id), &ctx).await?;
            tx.commit().await?;
            let mut r = see_other_with_flash(&format!("/o/{}", l.org_id), "flash-welcome", st.cfg.tls());
            r.headers_mut().append(SET_COOKIE, cookie);
            Ok(r)
        }
    }
}
