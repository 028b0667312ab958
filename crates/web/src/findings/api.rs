//! The register and engagements through the API. Every write goes through `service`,
//! the same operations the pages use.

use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use weerbaar_core::findings::Finding;
use weerbaar_core::findings::edit::Draft;
use weerbaar_core::findings::flow::Request;
use weerbaar_store::findings as db;

use super::register::{ListQuery, filter};
use super::service::{self, Actor, Outcome};
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::json::{ErrorBody, ErrorDto, error_json, validation_error};
use crate::page::{Edit, Member, Read};

pub(super) fn actor<A: crate::page::OrgPermission>(m: &Member<A>) -> Actor {
    super::finding::actor_of(m)
}

pub(crate) fn conflict(lang: Lang, current: impl Serialize) -> AppResult<Response> {
    Ok(error_json(
        StatusCode::CONFLICT,
        ErrorBody {
            code: "conflict".into(),
            message: lang.t("error-page-conflict-text"),
            fields: None,
            current: Some(serde_json::to_value(current).map_err(crate::http::internal)?),
        },
    ))
}

pub(super) fn refused(lang: Lang, code: &str, message: String) -> Response {
    let _ = lang;
    error_json(StatusCode::CONFLICT, ErrorBody { code: code.into(), message, fields: None, current: None })
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct CvssDto {
    pub version: String,
    pub vector: String,
    pub score: f64,
}

#[derive(Serialize, ToSchema)]
pub struct FindingItemDto {
    pub id: String,
    pub title: String,
    pub severity: String,
    pub status: String,
    pub cvss: Option<CvssDto>,
    pub fingerprint: Option<String>,
    pub due: Option<String>,
    pub engagement: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct FindingListDto {
    pub total: u64,
    pub items: Vec<FindingItemDto>,
}

fn cvss(f: &Finding) -> Option<CvssDto> {
    f.cvss.as_ref().map(|c| CvssDto { version: c.version.clone(), vector: c.vector.clone(), score: c.score })
}

#[utoipa::path(get, path = "/api/v1/organisations/{org}/findings", tag = "findings",
    params(("org" = String, Path, description = "Organisation id"),
        ("status" = Option<String>, Query, description = "A status, or open for all that still need work"),
        ("severity" = Option<String>, Query, description = "critical, high, medium, low or info"),
        ("engagement" = Option<String>, Query, description = "Engagement id"),
        ("overdue" = Option<bool>, Query, description = "Only findings past their deadline"),
        ("owner" = Option<String>, Query, description = "Owner's e-mail address"),
        ("sort" = Option<String>, Query, description = "severity, due, newest or title"),
        ("page" = Option<i64>, Query, description = "From 1; 50 per page")),
    responses((status = 200, body = FindingListDto), (status = 422, body = ErrorDto)))]
/// The findings register, filtered and paged.
pub(super) async fn list_findings(
    State(st): State<AppState>,
    m: Member<Read>,
    axum::extract::RawQuery(raw): axum::extract::RawQuery,
) -> AppResult<Response> {
    let q = ListQuery::from_raw(raw.as_deref());
    let f = match filter(&q) {
        Ok(f) => f,
        Err(e) => return Ok(validation_error(m.ctx.lang, &e)),
    };
    let mut c = st.store.conn().await?;
    let (total, items) = db::list(&mut c, m.org_id(), &f, weerbaar_core::today()).await?;
    Ok(Json(FindingListDto {
        total,
        items: items
            .iter()
            .map(|x| FindingItemDto {
                id: x.id.clone(),
                title: x.title.clone(),
                severity: x.severity.as_str().into(),
                status: x.status.as_str().into(),
                cvss: cvss(x),
                fingerprint: x.fingerprint.clone(),
                due: x.due.map(|d| d.to_string()),
                engagement: x.engagement_id.clone(),
            })
            .collect(),
    })
    .into_response())
}

#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct FindingInDto {
    #[serde(deserialize_with = "crate::json::version")]
    pub version: i64,
    pub title: String,
    pub description: String,
    /// `host`, `host:port/protocol`, a URL or an application, one per item.
    pub assets: Vec<String>,
    pub remediation: String,
    /// CVE and CWE ids or web addresses.
    pub references: Vec<String>,
    /// A CVSS 3.1 or 4.0 vector; empty: set `severity` and `severity_reason` by hand.
    pub cvss_vector: String,
    pub severity: String,
    pub severity_reason: String,
    pub owner_email: String,
    /// YYYY-MM-DD or empty.
    #[serde(deserialize_with = "crate::json::null_empty")]
    pub due: String,
    /// Engagement id or empty.
    pub engagement: String,
    /// Plan resource ids.
    pub resources: Vec<String>,
}

impl FindingInDto {
    fn draft(&self) -> Draft {
        Draft {
            title: self.title.clone(),
            description: self.description.clone(),
            assets: self.assets.clone(),
            remediation: self.remediation.clone(),
            references: self.references.clone(),
            cvss_vector: self.cvss_vector.clone(),
            severity: self.severity.clone(),
            severity_reason: self.severity_reason.clone(),
            owner_email: self.owner_email.clone(),
            due: self.due.clone(),
            engagement: self.engagement.clone(),
            resources: self.resources.clone(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct AcceptanceDto {
    pub approver_email: String,
    pub reason: String,
    pub until: String,
}

#[derive(Serialize, ToSchema)]
pub struct RegisterFindingDto {
    pub id: String,
    pub version: i64,
    pub title: String,
    pub description: String,
    pub assets: Vec<String>,
    pub remediation: String,
    pub references: Vec<String>,
    pub cvss: Option<CvssDto>,
    pub severity: String,
    pub severity_reason: String,
    pub status: String,
    pub status_reason: String,
    pub duplicate_of: Option<String>,
    pub acceptance: Option<AcceptanceDto>,
    pub source: String,
    pub fingerprint: Option<String>,
    pub engagement: Option<String>,
    pub owner_email: String,
    pub due: Option<String>,
    pub overdue: bool,
    pub not_seen: bool,
    pub resources: Vec<String>,
}

impl RegisterFindingDto {
    fn of(f: &Finding) -> RegisterFindingDto {
        RegisterFindingDto {
            id: f.id.clone(),
            version: f.version,
            title: f.title.clone(),
            description: f.description.clone(),
            assets: f.assets.iter().map(|a| a.label()).collect(),
            remediation: f.remediation.clone(),
            references: f.references.clone(),
            cvss: cvss(f),
            severity: f.severity.as_str().into(),
            severity_reason: f.severity_reason.clone(),
            status: f.status.as_str().into(),
            status_reason: f.status_reason.clone(),
            duplicate_of: f.duplicate_of.clone(),
            acceptance: f.acceptance.as_ref().map(|a| AcceptanceDto {
                approver_email: a.approver_email.clone(),
                reason: a.reason.clone(),
                until: a.until.to_string(),
            }),
            source: f.source.as_str().into(),
            fingerprint: f.fingerprint.clone(),
            engagement: f.engagement_id.clone(),
            owner_email: f.owner_email.clone(),
            due: f.due.map(|d| d.to_string()),
            overdue: f.is_overdue(weerbaar_core::today()),
            not_seen: f.not_seen,
            resources: f.resources.clone(),
        }
    }
}

#[utoipa::path(post, path = "/api/v1/organisations/{org}/findings", tag = "findings",
    params(("org" = String, Path, description = "Organisation id")),
    request_body = FindingInDto,
    responses((status = 201, body = RegisterFindingDto), (status = 422, body = ErrorDto, description = "Field errors, e.g. a CVSS vector that does not parse")))]
/// Adds a finding by hand; score and severity are computed from the vector.
pub(super) async fn create_finding(
    State(st): State<AppState>,
    m: Member<Edit>,
    json: Result<Json<FindingInDto>, JsonRejection>,
) -> AppResult<Response> {
    let b = crate::json::body(m.ctx.lang, json)?;
    match service::create(&st, m.org_id(), &actor(&m), &b.draft(), None).await? {
        Outcome::Done(f) => Ok((StatusCode::CREATED, Json(RegisterFindingDto::of(&f))).into_response()),
        Outcome::Invalid(e) => Ok(validation_error(m.ctx.lang, &e)),
        _ => Err(AppError::Conflict),
    }
}

#[utoipa::path(get, path = "/api/v1/findings/{finding}", tag = "findings",
    params(("finding" = String, Path, description = "Finding id")),
    responses((status = 200, body = RegisterFindingDto)))]
/// One finding.
pub(super) async fn get_finding(
    State(st): State<AppState>,
    m: Member<Read>,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> AppResult<Json<RegisterFindingDto>> {
    let mut c = st.store.conn().await?;
    Ok(Json(RegisterFindingDto::of(&db::get(&mut c, m.org_id(), &id).await?.ok_or(AppError::NotFound)?)))
}

#[utoipa::path(put, path = "/api/v1/findings/{finding}", tag = "findings",
    params(("finding" = String, Path, description = "Finding id")),
    request_body = FindingInDto,
    responses((status = 200, body = RegisterFindingDto), (status = 409, body = ErrorDto, description = "Changed by someone else; `current` holds their version"), (status = 422, body = ErrorDto)))]
/// Saves a finding's fields (its status moves through `transitions`).
pub(super) async fn put_finding(
    State(st): State<AppState>,
    m: Member<Edit>,
    axum::extract::Path(id): axum::extract::Path<String>,
    json: Result<Json<FindingInDto>, JsonRejection>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let b = crate::json::body(lang, json)?;
    match service::save(&st, m.org_id(), &actor(&m), &id, b.version, &b.draft()).await? {
        Outcome::Done(f) => Ok(Json(RegisterFindingDto::of(&f)).into_response()),
        Outcome::Invalid(e) => Ok(validation_error(lang, &e)),
        Outcome::Conflict(fresh) => conflict(lang, RegisterFindingDto::of(&fresh)),
        Outcome::Refused { .. } => Err(AppError::Conflict),
    }
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct TransitionDto {
    /// new, confirmed, in_remediation, fixed, closed, false_positive, duplicate or risk_accepted.
    /// From fixed, closed records a passed retest and in_remediation a failed one.
    pub to: String,
    pub reason: String,
    /// For risk_accepted: YYYY-MM-DD, within a year.
    pub expires: String,
    /// For risk_accepted: an administrator of the organisation.
    pub approver_email: String,
    /// For duplicate: the original's id.
    pub duplicate_of: String,
    /// The version seen; absent: the current one.
    #[serde(deserialize_with = "crate::json::opt_version")]
    pub version: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/findings/{finding}/transitions", tag = "findings",
    params(("finding" = String, Path, description = "Finding id")),
    request_body = TransitionDto,
    responses((status = 200, body = RegisterFindingDto), (status = 409, body = ErrorDto, description = "A move the status flow does not allow, or changed by someone else"), (status = 422, body = ErrorDto)))]
/// Moves a finding in its status flow.
pub(super) async fn transition(
    State(st): State<AppState>,
    m: Member<Edit>,
    axum::extract::Path(id): axum::extract::Path<String>,
    json: Result<Json<TransitionDto>, JsonRejection>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let b = crate::json::body(lang, json)?;
    let r = Request {
        to: b.to.clone(),
        reason: b.reason.clone(),
        duplicate_of: b.duplicate_of.clone(),
        approver_email: b.approver_email.clone(),
        expires: b.expires.clone(),
    };
    match service::transition(&st, m.org_id(), &actor(&m), &id, b.version, &r, weerbaar_core::today()).await? {
        Outcome::Done(f) => Ok(Json(RegisterFindingDto::of(&f)).into_response()),
        Outcome::Invalid(e) => Ok(validation_error(lang, &e)),
        Outcome::Refused { from, to } => Ok(refused(
            lang,
            "transition_refused",
            lang.t_args(
                "error-finding-move",
                &[("from", super::views::status(lang, from)), ("to", super::views::status(lang, to))],
            ),
        )),
        Outcome::Conflict(fresh) => conflict(lang, RegisterFindingDto::of(&fresh)),
    }
}

#[derive(utoipa::OpenApi)]
#[openapi(
    paths(list_findings, create_finding, get_finding, put_finding, transition),
    components(schemas(
        FindingListDto,
        FindingItemDto,
        CvssDto,
        FindingInDto,
        RegisterFindingDto,
        AcceptanceDto,
        TransitionDto
    ))
)]
pub struct FindingsApiDoc;
