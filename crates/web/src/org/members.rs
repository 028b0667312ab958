//! Members of an organisation: the list, invitations by mail, role changes, removal.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use weerbaar_core::account::normalise_email;
use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::id::LinkId;
use weerbaar_core::role::{Member as MemberRow, OrgRole, can_change_role};
use weerbaar_core::secret::{hash_token, random_token};
use weerbaar_core::validation::{FieldError, FieldErrors};
use weerbaar_core::{UserId, now_ms};
use weerbaar_store::links::{self, Link, LinkKind};
use weerbaar_store::{StoreError, audit, members, users};

use crate::AppState;
use crate::auth::{INVITATION_TTL_MS, invitation_mail, link};
use crate::error::{AppError, AppResult};
use crate::forms::FormState;
use crate::http::{render, render_status, see_other_with_flash};
use crate::i18n::Lang;
use crate::mail;
use crate::page::{ManageMembers, Member, OrgPermission, Page, Read};

#[derive(Debug)]
pub enum InviteError {
    Invalid(FieldErrors),
    Store(StoreError),
}

impl From<StoreError> for InviteError {
    fn from(e: StoreError) -> Self {
        InviteError::Store(e)
    }
}

/// Invites an address with a role: a single-use link, mailed in the inviter's language.
/// UI and API share this.
pub async fn invite<A: OrgPermission>(
    st: &AppState,
    m: &Member<A>,
    email: &str,
    role: &str,
    lang: Lang,
) -> Result<Link, InviteError> {
    let mut errs = FieldErrors::new();
    let email = errs.check(normalise_email("email", email));
    let role = errs.check(OrgRole::parse(role.trim()).ok_or_else(|| FieldError::new("role", "error-choose-option")));
    let (Some(email), Some(role)) = (email, role) else { return Err(InviteError::Invalid(errs)) };
    let mut tx = st.store.begin().await?;
    if let Some(u) = users::by_email(&mut tx, &email).await?
        && members::role_of(&mut tx, m.org_id(), &u.id).await?.is_some()
    {
        return Err(InviteError::Invalid(FieldError::new("email", "error-already-member").into()));
    }
    let l = create_invitation(&mut tx, st, &m.org, &m.user, &email, role, lang, m.ctx.ip.clone()).await?;
    tx.commit().await?;
    st.jobs_notify.notify_one();
    Ok(l)
}

/// Creates the invitation link, queues its mail and records it, in the caller's transaction.
#[allow(clippy::too_many_arguments)]
pub async fn create_invitation(
    db: &mut impl weerbaar_store::Db,
    st: &AppState,
    org: &weerbaar_core::org::Organisation,
    inviter: &weerbaar_core::account::User,
    email: &str,
    role: OrgRole,
    lang: Lang,
    ip: Option<String>,
) -> Result<Link, StoreError> {
    let now = now_ms();
    let token = random_token();
    let l = links::create(
        db,
        &links::NewLink {
            kind: LinkKind::Invitation,
            token_hash: &hash_token(&token),
            email: Some(email),
            org_id: Some(&org.id),
            role: Some(role),
            user_id: None,
            created_by: Some(&inviter.id),
            now,
            expires_at: now + INVITATION_TTL_MS,
        },
    )
    .await?;
    let url = link(st, &format!("/invite/{token}"));
    mail::queue(db, &invitation_mail(lang, email, &org.profile.name, &inviter.name, role, &url)).await?;
    audit::append(
        db,
        &NewAuditEntry::new(AuditAction::MemberInvited, Some(inviter.id.clone()), inviter.email.clone())
            .org(&org.id)
            .target(email.to_string())
            .change(None, Some(serde_json::json!({"role": role.as_str()})))
            .ip(ip),
    )
    .await?;
    Ok(l)
}

#[derive(Template)]
#[template(path = "org/members.html")]
struct MembersPage {
    page: Page,
    members: Vec<MemberRow>,
    invitations: Vec<Link>,
    form: FormState,
    roles: Vec<(String, String)>,
}

fn role_options(lang: Lang) -> Vec<(String, String)> {
    OrgRole::ALL.iter().map(|r| (r.as_str().to_string(), lang.t(r.label_key()))).collect()
}

async fn view<A: OrgPermission>(st: &AppState, m: &Member<A>, form: FormState) -> AppResult<MembersPage> {
    let page = m.page("members");
    let mut c = st.store.conn().await?;
    let list = members::list(&mut c, m.org_id()).await?;
    let invitations =
        if page.can("members") { links::pending_invitations(&mut c, m.org_id(), now_ms()).await? } else { vec![] };
    Ok(MembersPage { page, members: list, invitations, form, roles: role_options(m.ctx.lang) })
}

pub(super) async fn page(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    let form = FormState::new(m.ctx.lang).value_of("role", "viewer");
    render(&view(&st, &m, form).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct InviteForm {
    email: String,
    role: String,
}

pub(super) async fn invite_submit(
    State(st): State<AppState>,
    m: Member<ManageMembers>,
    Form(f): Form<InviteForm>,
) -> AppResult<Response> {
    match invite(&st, &m, &f.email, &f.role, m.ctx.lang).await {
        Ok(_) => Ok(see_other_with_flash(&format!("/o/{}/members", m.org.id), "flash-invitation-sent", st.cfg.tls())),
        Err(InviteError::Invalid(errs)) => {
            let form =
                FormState::new(m.ctx.lang).value_of("email", &f.email).value_of("role", &f.role).with_errors(errs);
            render_status(&view(&st, &m, form).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(InviteError::Store(e)) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct RoleForm {
    role: String,
}

async fn target_user(st: &AppState, org: &weerbaar_core::OrgId, user: &str) -> AppResult<(UserId, OrgRole, String)> {
    let id: UserId = user.parse().map_err(|_| AppError::NotFound)?;
    let mut c = st.store.conn().await?;
    let role = members::role_of(&mut c, org, &id).await?.ok_or(AppError::NotFound)?;
    let u = users::get(&mut c, &id).await?.ok_or(AppError::NotFound)?;
    Ok((id, role, u.email))
}

pub(super) async fn change_role(
    State(st): State<AppState>,
    m: Member<ManageMembers>,
    Path((_, user)): Path<(String, String)>,
    Form(f): Form<RoleForm>,
) -> AppResult<Response> {
    let (uid, old, email) = target_user(&st, m.org_id(), &user).await?;
    let new = OrgRole::parse(&f.role).ok_or(AppError::BadRequest("invalid_role"))?;
    let back = format!("/o/{}/members", m.org.id);
    let mut tx = st.store.begin().await?;
    let admins = members::count_admins(&mut tx, m.org_id()).await?;
    if !can_change_role(admins, old == OrgRole::Admin, Some(new)) {
        tx.rollback().await?;
        return Ok(see_other_with_flash(&back, "flash-last-admin", st.cfg.tls()));
    }
    members::set_role(&mut tx, m.org_id(), &uid, new).await?;
    let (id, label) = m.actor();
    audit::append(
        &mut tx,
        &NewAuditEntry::new(AuditAction::RoleChanged, id, label)
            .org(m.org_id())
            .target(email)
            .change(Some(serde_json::json!({"role": old.as_str()})), Some(serde_json::json!({"role": new.as_str()})))
            .ip(m.ctx.ip.clone()),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&back, "flash-role-changed", st.cfg.tls()))
}

pub(super) async fn remove(
    State(st): State<AppState>,
    m: Member<ManageMembers>,
    Path((_, user)): Path<(String, String)>,
) -> AppResult<Response> {
    let (uid, old, email) = target_user(&st, m.org_id(), &user).await?;
    let back = format!("/o/{}/members", m.org.id);
    let mut tx = st.store.begin().await?;
    let admins = members::count_admins(&mut tx, m.org_id()).await?;
    if !can_change_role(admins, old == OrgRole::Admin, None) {
        tx.rollback().await?;
        return Ok(see_other_with_flash(&back, "flash-last-admin", st.cfg.tls()));
    }
    members::remove(&mut tx, m.org_id(), &uid).await?;
    let (id, label) = m.actor();
    audit::append(
        &mut tx,
        &NewAuditEntry::new(AuditAction::MemberRemoved, id, label)
            .org(m.org_id())
            .target(email)
            .change(Some(serde_json::json!({"role": old.as_str()})), None)
            .ip(m.ctx.ip.clone()),
    )
    .await?;
    tx.commit().await?;
    let to = if uid == m.user.id { "/".to_string() } else { back };
    Ok(see_other_with_flash(&to, "flash-member-removed", st.cfg.tls()))
}

pub(super) async fn revoke_invitation(
    State(st): State<AppState>,
    m: Member<ManageMembers>,
    Path((_, invitation)): Path<(String, String)>,
) -> AppResult<Response> {
    let id: LinkId = invitation.parse().map_err(|_| AppError::NotFound)?;
    let mut tx = st.store.begin().await?;
    let inv = links::get_invitation(&mut tx, m.org_id(), &id).await?.ok_or(AppError::NotFound)?;
    if !links::revoke_invitation(&mut tx, m.org_id(), &id, now_ms()).await? {
        return Err(AppError::NotFound);
    }
    let (uid, label) = m.actor();
    audit::append(
        &mut tx,
        &NewAuditEntry::new(AuditAction::InvitationRevoked, uid, label)
            .org(m.org_id())
            .target(inv.email.unwrap_or_default())
            .ip(m.ctx.ip.clone()),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&format!("/o/{}/members", m.org.id), "flash-invitation-revoked", st.cfg.tls()))
}
