//! Awareness through the API: the staff import, training progress per department, and
//! phishing campaigns. Every write goes through `service` and `campaign`, the same
//! operations the pages use; figures follow the same group-size rule.

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use weerbaar_core::awareness::campaign::Draft;

use super::campaign::{self, GroupResults};
use super::service;
use super::staff_pages::unreadable_text;
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::findings::finding::actor_of;
use crate::json::{ErrorBody, ErrorDto, error_json, validation_error};
use crate::page::{ApprovePlan, ManageSettings, Member};

#[derive(Serialize, ToSchema)]
pub struct ImportProblemDto {
    pub line: usize,
    pub message: String,
}

#[derive(Serialize, ToSchema)]
pub struct ImportResultDto {
    pub created: usize,
    pub updated: usize,
    pub left: usize,
    pub problems: Vec<ImportProblemDto>,
}

fn flag(raw: Option<&str>, name: &str) -> bool {
    crate::context::form_urlencoded_value(raw.unwrap_or("").as_bytes(), name).is_some_and(|v| v == "true" || v == "1")
}

#[utoipa::path(post, path = "/api/v1/organisations/{org}/staff/import", tag = "awareness",
    params(("org" = String, Path, description = "Organisation id"),
        ("dry_run" = Option<bool>, Query, description = "Only say what would change"),
        ("mark_leavers" = Option<bool>, Query, description = "Mark people missing from the file as left")),
    request_body(content = String, content_type = "text/csv", description = "A CSV export: name, email, department, and optionally language and manager"),
    responses((status = 200, body = ImportResultDto, description = "Applied (or, as a dry run, what would be); lines with problems change nothing"),
        (status = 422, body = ErrorDto, description = "The file cannot be read at all")))]
/// Imports the staff list: new addresses are added, known ones updated.
pub(super) async fn import_staff(
    State(st): State<AppState>,
    m: Member<ManageSettings>,
    RawQuery(raw): RawQuery,
    body: Bytes,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let (dry, leavers) = (flag(raw.as_deref(), "dry_run"), flag(raw.as_deref(), "mark_leavers"));
    match service::import_staff(&st.store, m.org_id(), &actor_of(&m), &body, leavers, dry).await? {
        Ok(s) => Ok(Json(ImportResultDto {
            created: s.created,
            updated: s.updated,
            left: s.left,
            problems: super::staff_pages::problem_lines(lang, &s)
                .into_iter()
                .map(|(line, message)| ImportProblemDto { line, message })
                .collect(),
        })
        .into_response()),
        Err(e) => Ok(error_json(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorBody { code: "unreadable".into(), message: unreadable_text(lang, &e), fields: None, current: None },
        )),
    }
}

#[derive(Serialize, ToSchema)]
pub struct ProgressDto {
    /// The department, or "other" for the merged small groups.
    pub department: String,
    pub assigned: usize,
    pub started: usize,
    pub completed: usize,
    pub average_score: Option<f64>,
}

#[utoipa::path(get, path = "/api/v1/organisations/{org}/training/progress", tag = "awareness",
    params(("org" = String, Path, description = "Organisation id"),
        ("module" = Option<String>, Query, description = "One module's slug; all modules when absent")),
    responses((status = 200, body = [ProgressDto])))]
/// Training progress per department; departments under five people are merged as "other".
pub(super) async fn progress(
    State(st): State<AppState>,
    m: Member<ManageSettings>,
    RawQuery(raw): RawQuery,
) -> AppResult<Json<Vec<ProgressDto>>> {
    let module = crate::context::form_urlencoded_value(raw.as_deref().unwrap_or("").as_bytes(), "module");
    let lib = service::library()?;
    let module = module.and_then(|m| lib.module(&m).map(|x| x.slug.clone()));
    Ok(Json(
        service::progress(&st, m.org_id(), module.as_deref())
            .await?
            .into_iter()
            .map(|f| ProgressDto {
                department: f.department,
                assigned: f.assigned,
                started: f.started,
                completed: f.completed,
                average_score: f.average_score,
            })
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct CampaignDto {
    pub id: String,
    pub name: String,
    /// draft, approved, sending, stopped or finished.
    pub status: String,
    pub approved: bool,
    /// The counts in total and per department.
    #[serde(flatten)]
    pub results: campaign::Results,
}

#[utoipa::path(get, path = "/api/v1/organisations/{org}/phishing/campaigns", tag = "awareness",
    params(("org" = String, Path, description = "Organisation id")),
    responses((status = 200, body = [CampaignDto])))]
/// The campaigns with their results (groups under five people merged; no one named).
pub(super) async fn campaigns(
    State(st): State<AppState>,
    m: Member<ManageSettings>,
) -> AppResult<Json<Vec<CampaignDto>>> {
    Ok(Json(
        campaign::list(&st, m.org_id())
            .await?
            .into_iter()
            .map(|(c, r)| CampaignDto {
                id: c.id,
                name: c.body.name,
                status: c.status.as_str().into(),
                approved: c.approval.is_some(),
                results: r,
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct NewCampaignDto {
    pub name: String,
    /// Template slugs (see content/phishing).
    pub templates: Vec<String>,
    /// everyone, departments or people.
    pub scope: String,
    /// Departments or e-mail addresses, for those scopes.
    pub targets: Vec<String>,
    pub sender_name: String,
    pub sender_address: String,
    /// RFC 3339, e.g. 2026-12-08T09:00:00+01:00.
    pub window_start: String,
    pub window_end: String,
    /// At most this many mails a minute.
    #[serde(deserialize_with = "crate::json::integer")]
    pub per_minute: i64,
    /// Addresses that never receive this campaign.
    pub exclusions: Vec<String>,
}

fn instant(s: &str) -> Option<i64> {
    s.trim().parse::<jiff::Timestamp>().ok().map(|t| t.as_millisecond())
}

#[utoipa::path(post, path = "/api/v1/organisations/{org}/phishing/campaigns", tag = "awareness",
    params(("org" = String, Path, description = "Organisation id")),
    request_body = NewCampaignDto,
    responses((status = 201, body = CampaignDto, description = "A draft, waiting for approval"), (status = 422, body = ErrorDto)))]
/// Creates a draft campaign.
pub(super) async fn create_campaign(
    State(st): State<AppState>,
    m: Member<ManageSettings>,
    json: Result<Json<NewCampaignDto>, JsonRejection>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let b = crate::json::body(lang, json)?;
    let d = Draft {
        name: b.name,
        templates: b.templates,
        scope: b.scope,
        targets: b.targets,
        sender_name: b.sender_name,
        sender_address: b.sender_address,
        window_start: instant(&b.window_start),
        window_end: instant(&b.window_end),
        per_minute: b.per_minute.to_string(),
        exclusions: b.exclusions,
    };
    match campaign::save(&st, m.org_id(), &actor_of(&m), None, &d).await? {
        Ok((id, _)) => {
            let dto = campaigns(State(st), m).await?.0.into_iter().find(|c| c.id == id).ok_or(AppError::NotFound)?;
            Ok((StatusCode::CREATED, Json(dto)).into_response())
        }
        Err(e) => Ok(validation_error(lang, &e)),
    }
}

#[derive(Serialize, ToSchema)]
pub struct LaunchedDto {
    pub recipients: usize,
}

#[utoipa::path(post, path = "/api/v1/phishing/campaigns/{campaign}/launch", tag = "awareness",
    params(("campaign" = String, Path, description = "Campaign id")),
    responses((status = 200, body = LaunchedDto), (status = 409, body = ErrorDto, description = "Not approved, already launched, or no one to send to")))]
/// Launches an approved campaign (409 without approval).
pub(super) async fn launch(
    State(st): State<AppState>,
    m: Member<ApprovePlan>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    match campaign::launch(&st, m.org_id(), &actor_of(&m), &id).await? {
        Ok(n) => Ok(Json(LaunchedDto { recipients: n }).into_response()),
        Err(r) => Ok(error_json(
            StatusCode::CONFLICT,
            ErrorBody {
                code: "conflict".into(),
                message: super::campaign_pages::refused_text(lang, r),
                fields: None,
                current: None,
            },
        )),
    }
}

#[derive(Serialize, ToSchema)]
pub struct ReportedDto {
    /// Whether the message was an exercise mail of this organisation.
    pub matched: bool,
}

#[utoipa::path(post, path = "/api/v1/organisations/{org}/phishing/reports", tag = "awareness",
    params(("org" = String, Path, description = "Organisation id")),
    request_body(content = String, content_type = "text/plain", description = "The message as it reached the report address (RFC 5322)"),
    responses((status = 200, body = ReportedDto), (status = 400, body = ErrorDto, description = "No message")))]
/// Records a report that reached the report address (for the mail server to pipe to).
pub(super) async fn report(
    State(st): State<AppState>,
    m: Member<ManageSettings>,
    body: Bytes,
) -> AppResult<Json<ReportedDto>> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(AppError::BadRequest("empty_message"));
    }
    let raw = String::from_utf8_lossy(&body);
    Ok(Json(ReportedDto { matched: super::tracking::report_message(&st.store, m.org_id(), &raw).await? }))
}

#[derive(utoipa::OpenApi)]
#[openapi(
    paths(import_staff, progress, campaigns, create_campaign, launch, report),
    components(schemas(
        ImportResultDto,
        ImportProblemDto,
        ProgressDto,
        CampaignDto,
        GroupResults,
        campaign::Results,
        campaign::Tally,
        NewCampaignDto,
        LaunchedDto,
        ReportedDto
    ))
)]
pub struct AwarenessApiDoc;
