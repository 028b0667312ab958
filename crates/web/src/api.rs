//! JSON API under /api/v1, authenticated by session cookie (with the CSRF header for
//! writes) or by a personal API token (`Authorization: Bearer wb_…`). The same
//! extractors as the HTML pages decide access. Described at /api/v1/openapi.json.

use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::openapi::security::{HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};
use weerbaar_core::now_ms;
use weerbaar_core::org::{OrgProfileInput, Organisation};
use weerbaar_core::role::OrgRole;
use weerbaar_store::links::{self, Link};
use weerbaar_store::members;

use crate::AppState;
use crate::error::AppResult;
pub use crate::json::{ErrorBody, ErrorDto, FieldErrorDto, error_json, ts, validation_error};
use crate::org::{InviteError, UpdateError, invite, update_profile};
use crate::page::{ManageMembers, ManageSettings, Member, Read, SignedIn};
use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/api/v1/me", me)
        .get("/api/v1/organisations", organisations)
        .get("/api/v1/organisations/{org}", organisation)
        .put("/api/v1/organisations/{org}", organisation_update)
        .get("/api/v1/organisations/{org}/members", organisation_members)
        .get("/api/v1/organisations/{org}/invitations", invitations)
        .post("/api/v1/organisations/{org}/invitations", invitation_create)
}

#[derive(Serialize, ToSchema)]
pub struct PlatformRolesDto {
    pub admin: bool,
    pub taskforce: bool,
    pub reviewer: bool,
}

#[derive(Serialize, ToSchema)]
pub struct MembershipDto {
    pub id: String,
    pub name: String,
    /// viewer, editor or admin
    pub role: String,
}

#[derive(Serialize, ToSchema)]
pub struct MeDto {
    pub id: String,
    pub email: String,
    pub name: String,
    pub locale: Option<String>,
    pub mfa_enabled: bool,
    pub platform_roles: PlatformRolesDto,
    pub organisations: Vec<MembershipDto>,
}

#[derive(Serialize, ToSchema)]
pub struct OrganisationDto {
    pub id: String,
    pub name: String,
    /// municipality, ocmw, police_zone, intermunicipal or umbrella
    pub kind: String,
    pub nis_code: Option<String>,
    pub brand_colour: Option<String>,
    pub require_mfa: bool,
    pub has_logo: bool,
    /// Send it back when updating: a stale version gets 409.
    #[serde(deserialize_with = "crate::json::integer")]
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
    /// The caller's role in this organisation.
    pub role: String,
}

impl OrganisationDto {
    fn of(o: &Organisation, role: OrgRole) -> Self {
        OrganisationDto {
            id: o.id.to_string(),
            name: o.profile.name.clone(),
            kind: o.profile.kind.as_str().into(),
            nis_code: o.profile.nis_code.clone(),
            brand_colour: o.profile.brand_colour.clone(),
            require_mfa: o.profile.require_mfa,
            has_logo: o.has_logo,
            version: o.version,
            created_at: ts(o.created_at),
            updated_at: ts(o.updated_at),
            role: role.as_str().into(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct MemberDto {
    pub user_id: String,
    pub email: String,
    pub name: String,
    pub role: String,
    pub mfa_enabled: bool,
    pub since: String,
}

#[derive(Serialize, ToSchema)]
pub struct InvitationDto {
    pub id: String,
    pub email: String,
    pub role: String,
    pub created_at: String,
    pub expires_at: String,
}

impl From<&Link> for InvitationDto {
    fn from(l: &Link) -> Self {
        InvitationDto {
            id: l.id.to_string(),
            email: l.email.clone().unwrap_or_default(),
            role: l.role.map(|r| r.as_str().to_string()).unwrap_or_default(),
            created_at: ts(l.created_at),
            expires_at: ts(l.expires_at),
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct NewInvitationDto {
    pub email: String,
    /// viewer, editor or admin
    pub role: String,
}

#[derive(Deserialize, ToSchema)]
pub struct OrganisationUpdateDto {
    /// The version you read; someone else's newer save gets you a 409 with the current data.
    #[serde(deserialize_with = "crate::json::integer")]
    pub version: i64,
    pub name: String,
    pub kind: String,
    #[serde(default)]
    pub nis_code: Option<String>,
    #[serde(default)]
    pub brand_colour: Option<String>,
    #[serde(default)]
    pub require_mfa: bool,
}

#[utoipa::path(get, path = "/api/v1/me", tag = "account",
    responses((status = 200, body = MeDto), (status = 401, body = ErrorDto)))]
/// The caller, their organisations and roles.
async fn me(me: SignedIn) -> AppResult<Json<MeDto>> {
    let ms = me.ctx.auth.as_ref().map(|a| a.orgs.clone()).unwrap_or_default();
    let u = &me.user;
    Ok(Json(MeDto {
        id: u.id.to_string(),
        email: u.email.clone(),
        name: u.name.clone(),
        locale: u.locale.clone(),
        mfa_enabled: u.mfa_enabled,
        platform_roles: PlatformRolesDto {
            admin: u.platform.admin,
            taskforce: u.platform.taskforce,
            reviewer: u.platform.reviewer,
        },
        organisations: ms
            .iter()
            .map(|m| MembershipDto {
                id: m.org.id.to_string(),
                name: m.org.profile.name.clone(),
                role: m.role.as_str().into(),
            })
            .collect(),
    }))
}

#[utoipa::path(get, path = "/api/v1/organisations", tag = "organisations",
    responses((status = 200, body = Vec<OrganisationDto>), (status = 401, body = ErrorDto)))]
/// The organisations the caller belongs to.
async fn organisations(me: SignedIn) -> AppResult<Json<Vec<OrganisationDto>>> {
    let ms = me.ctx.auth.as_ref().map(|a| a.orgs.clone()).unwrap_or_default();
    Ok(Json(ms.iter().map(|m| OrganisationDto::of(&m.org, m.role)).collect()))
}

#[utoipa::path(get, path = "/api/v1/organisations/{org}", tag = "organisations",
    params(("org" = String, Path, description = "Organisation id")),
    responses((status = 200, body = OrganisationDto), (status = 404, body = ErrorDto)))]
/// One organisation the caller belongs to.
async fn organisation(m: Member<Read>) -> Json<OrganisationDto> {
    Json(OrganisationDto::of(&m.org, m.role))
}

#[utoipa::path(put, path = "/api/v1/organisations/{org}", tag = "organisations",
    params(("org" = String, Path, description = "Organisation id")),
    request_body = OrganisationUpdateDto,
    responses((status = 200, body = OrganisationDto), (status = 409, body = ErrorDto, description = "Changed by someone else; `current` holds their version"),
        (status = 422, body = ErrorDto), (status = 403, body = ErrorDto)))]
/// Changes the organisation's profile (administrators).
async fn organisation_update(
    State(st): State<AppState>,
    m: Member<ManageSettings>,
    json: Result<Json<OrganisationUpdateDto>, JsonRejection>,
) -> AppResult<Response> {
    let b = crate::json::body(m.ctx.lang, json)?;
    let input = OrgProfileInput {
        name: b.name,
        kind: b.kind,
        nis_code: b.nis_code.unwrap_or_default(),
        brand_colour: b.brand_colour.unwrap_or_default(),
        require_mfa: b.require_mfa,
    };
    match update_profile(&st, &m, b.version, &input).await {
        Ok(o) => Ok(Json(OrganisationDto::of(&o, m.role)).into_response()),
        Err(UpdateError::Invalid(errs)) => Ok(validation_error(m.ctx.lang, &errs)),
        Err(UpdateError::Conflict(theirs)) => Ok(error_json(
            StatusCode::CONFLICT,
            ErrorBody {
                code: "conflict".into(),
                message: m.ctx.lang.t("error-page-conflict-text"),
                fields: None,
                current: Some(
                    serde_json::to_value(OrganisationDto::of(&theirs, m.role)).map_err(crate::http::internal)?,
                ),
            },
        )),
        Err(UpdateError::Store(e)) => Err(e.into()),
    }
}

#[utoipa::path(get, path = "/api/v1/organisations/{org}/members", tag = "organisations",
    params(("org" = String, Path, description = "Organisation id")),
    responses((status = 200, body = Vec<MemberDto>), (status = 404, body = ErrorDto)))]
/// The members of an organisation.
async fn organisation_members(State(st): State<AppState>, m: Member<Read>) -> AppResult<Json<Vec<MemberDto>>> {
    let mut c = st.store.conn().await?;
    let list = members::list(&mut c, m.org_id()).await?;
    Ok(Json(
        list.into_iter()
            .map(|x| MemberDto {
                user_id: x.user_id.to_string(),
                email: x.email,
                name: x.name,
                role: x.role.as_str().into(),
                mfa_enabled: x.mfa_enabled,
                since: ts(x.since),
            })
            .collect(),
    ))
}

#[utoipa::path(get, path = "/api/v1/organisations/{org}/invitations", tag = "organisations",
    params(("org" = String, Path, description = "Organisation id")),
    responses((status = 200, body = Vec<InvitationDto>), (status = 403, body = ErrorDto)))]
/// Invitations that can still be accepted (administrators).
async fn invitations(State(st): State<AppState>, m: Member<ManageMembers>) -> AppResult<Json<Vec<InvitationDto>>> {
    let mut c = st.store.conn().await?;
    let list = links::pending_invitations(&mut c, m.org_id(), now_ms()).await?;
    Ok(Json(list.iter().map(InvitationDto::from).collect()))
}

#[utoipa::path(post, path = "/api/v1/organisations/{org}/invitations", tag = "organisations",
    params(("org" = String, Path, description = "Organisation id")),
    request_body = NewInvitationDto,
    responses((status = 201, body = InvitationDto), (status = 422, body = ErrorDto), (status = 403, body = ErrorDto)))]
/// Invites someone by e-mail (administrators). The mail goes out in the caller's language.
async fn invitation_create(
    State(st): State<AppState>,
    m: Member<ManageMembers>,
    json: Result<Json<NewInvitationDto>, JsonRejection>,
) -> AppResult<Response> {
    let b = crate::json::body(m.ctx.lang, json)?;
    match invite(&st, &m, &b.email, &b.role, m.ctx.lang).await {
        Ok(l) => Ok((StatusCode::CREATED, Json(InvitationDto::from(&l))).into_response()),
        Err(InviteError::Invalid(errs)) => Ok(validation_error(m.ctx.lang, &errs)),
        Err(InviteError::Store(e)) => Err(e.into()),
    }
}

struct Security;

impl Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let c = openapi.components.get_or_insert_with(Default::default);
        let http = utoipa::openapi::security::HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .bearer_format("wb_…")
            .description(Some(
                "A personal API token (account page, or `weerbaar user token`). A token works only under /api and \
                 has a scope: `read` tokens may only GET (any other method answers 403 `token_read_only`), \
                 `write` tokens may change what the person's roles allow.",
            ))
            .build();
        c.add_security_scheme("token", SecurityScheme::Http(http));
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Weerbaar API", description = "Cyber resilience for local government: organisations, accounts and (later) plans and the toolkit."),
    paths(me, organisations, organisation, organisation_update, organisation_members, invitations, invitation_create),
    modifiers(&Security),
    security(("token" = []))
)]
pub struct ApiDoc;
