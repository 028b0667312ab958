//! Engagements through the API: list, create, read, change (a different status moves
//! one step), and imports (also for guest testers).

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use weerbaar_core::engagement::{self, Engagement};

use super::access::EngagementCaller;
use super::api::{actor, conflict, refused};
use super::service::{self, Actor, Outcome, StatusRefusal};
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::json::{ErrorDto, validation_error};
use crate::page::{Edit, Member, Read};

#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct RulesDto {
    pub social_engineering: bool,
    pub denial_of_service_forbidden: bool,
    pub data_destroyed_after: bool,
    pub production_data: String,
    pub test_accounts: String,
    pub stop_procedure: String,
}

#[derive(Serialize, ToSchema)]
pub struct AuthorisationDto {
    pub signer: String,
    pub signed_on: String,
}

#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct EngagementDto {
    pub id: String,
    #[serde(deserialize_with = "crate::json::version")]
    pub version: i64,
    pub title: String,
    /// pentest, audit, scan, internal, phishing or other.
    pub kind: String,
    /// planned, authorised, in_progress, reported, follow_up or closed; a PUT moves one step.
    pub status: String,
    pub tester_org: String,
    pub tester_lead: String,
    pub tester_email: String,
    pub tester_phone: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub scope: Vec<String>,
    pub out_of_scope: Vec<String>,
    /// YYYY-MM-DD or empty.
    #[serde(deserialize_with = "crate::json::null_empty")]
    pub window_start: String,
    #[serde(deserialize_with = "crate::json::null_empty")]
    pub window_end: String,
    pub hours: String,
    pub rules: RulesDto,
    pub notes: String,
    #[serde(skip_deserializing)]
    pub authorisation: Option<AuthorisationDtoOpt>,
}

#[derive(Serialize, Deserialize, ToSchema, Default)]
pub struct AuthorisationDtoOpt {
    pub signer: String,
    pub signed_on: String,
}

impl EngagementDto {
    fn of(e: &Engagement) -> EngagementDto {
        let d = engagement::Draft::of(e);
        EngagementDto {
            id: e.id.clone(),
            version: e.version,
            title: d.title,
            kind: d.kind,
            status: e.status.as_str().into(),
            tester_org: d.tester_org,
            tester_lead: d.tester_lead,
            tester_email: d.tester_email,
            tester_phone: d.tester_phone,
            contact_name: d.contact_name,
            contact_email: d.contact_email,
            contact_phone: d.contact_phone,
            scope: d.scope,
            out_of_scope: d.out_of_scope,
            window_start: d.window_start,
            window_end: d.window_end,
            hours: d.hours,
            rules: RulesDto {
                social_engineering: d.social_engineering,
                denial_of_service_forbidden: d.denial_of_service_forbidden,
                data_destroyed_after: d.data_destroyed_after,
                production_data: d.production_data,
                test_accounts: d.test_accounts,
                stop_procedure: d.stop_procedure,
            },
            notes: d.notes,
            authorisation: e
                .authorisation
                .as_ref()
                .map(|a| AuthorisationDtoOpt { signer: a.signer.clone(), signed_on: a.signed_on.to_string() }),
        }
    }
    fn draft(&self) -> engagement::Draft {
        engagement::Draft {
            title: self.title.clone(),
            kind: self.kind.clone(),
            tester_org: self.tester_org.clone(),
            tester_lead: self.tester_lead.clone(),
            tester_email: self.tester_email.clone(),
            tester_phone: self.tester_phone.clone(),
            contact_name: self.contact_name.clone(),
            contact_email: self.contact_email.clone(),
            contact_phone: self.contact_phone.clone(),
            scope: self.scope.clone(),
            out_of_scope: self.out_of_scope.clone(),
            window_start: self.window_start.clone(),
            window_end: self.window_end.clone(),
            hours: self.hours.clone(),
            social_engineering: self.rules.social_engineering,
            denial_of_service_forbidden: self.rules.denial_of_service_forbidden,
            data_destroyed_after: self.rules.data_destroyed_after,
            production_data: self.rules.production_data.clone(),
            test_accounts: self.rules.test_accounts.clone(),
            stop_procedure: self.rules.stop_procedure.clone(),
            notes: self.notes.clone(),
        }
    }
}

#[utoipa::path(get, path = "/api/v1/organisations/{org}/engagements", tag = "findings",
    params(("org" = String, Path, description = "Organisation id")),
    responses((status = 200, body = [EngagementDto])))]
/// The organisation's engagements, newest first.
pub(super) async fn list_engagements(
    State(st): State<AppState>,
    m: Member<Read>,
) -> AppResult<Json<Vec<EngagementDto>>> {
    let mut c = st.store.conn().await?;
    Ok(Json(weerbaar_store::engagements::list(&mut c, m.org_id()).await?.iter().map(EngagementDto::of).collect()))
}

#[utoipa::path(post, path = "/api/v1/organisations/{org}/engagements", tag = "findings",
    params(("org" = String, Path, description = "Organisation id")),
    request_body = EngagementDto,
    responses((status = 201, body = EngagementDto), (status = 422, body = ErrorDto)))]
/// Records an engagement (planned).
pub(super) async fn create_engagement(
    State(st): State<AppState>,
    m: Member<Edit>,
    json: Result<Json<EngagementDto>, JsonRejection>,
) -> AppResult<Response> {
    let b = crate::json::body(m.ctx.lang, json)?;
    match service::create_engagement(&st, m.org_id(), &actor(&m), &b.draft()).await? {
        Outcome::Done(e) => Ok((StatusCode::CREATED, Json(EngagementDto::of(&e))).into_response()),
        Outcome::Invalid(e) => Ok(validation_error(m.ctx.lang, &e)),
        _ => Err(AppError::Conflict),
    }
}

#[utoipa::path(get, path = "/api/v1/engagements/{engagement}", tag = "findings",
    params(("engagement" = String, Path, description = "Engagement id")),
    responses((status = 200, body = EngagementDto)))]
/// One engagement (also for its guest testers).
pub(super) async fn get_engagement(m: EngagementCaller<Read>) -> AppResult<Json<EngagementDto>> {
    Ok(Json(EngagementDto::of(&m.engagement)))
}

#[utoipa::path(put, path = "/api/v1/engagements/{engagement}", tag = "findings",
    params(("engagement" = String, Path, description = "Engagement id")),
    request_body = EngagementDto,
    responses((status = 200, body = EngagementDto), (status = 409, body = ErrorDto, description = "Changed by someone else, or a status move the flow does not allow (testing needs a recorded authorisation)"), (status = 422, body = ErrorDto)))]
/// Saves an engagement's fields; a different `status` moves it one step.
pub(super) async fn put_engagement(
    State(st): State<AppState>,
    m: EngagementCaller<Edit>,
    json: Result<Json<EngagementDto>, JsonRejection>,
) -> AppResult<Response> {
    if m.is_guest() {
        return Err(AppError::Forbidden);
    }
    let lang = m.ctx.lang;
    let b = crate::json::body(lang, json)?;
    let (id, label) = m.actor();
    let actor = Actor { id, label, ip: m.ctx.ip.clone() };
    let to = if b.status.is_empty() || b.status == m.engagement.status.as_str() {
        None
    } else {
        match engagement::Status::parse(&b.status) {
            Some(s) => Some(s),
            None => {
                let e = weerbaar_core::validation::FieldError::new("status", "error-choose-option");
                return Ok(validation_error(lang, &e.into()));
            }
        }
    };
    if let Some(to) = to
        && let Err(r) = engagement::check_status(m.engagement.status, to, m.engagement.authorisation.is_some())
    {
        let code = match r {
            engagement::Refusal::NeedsAuthorisation => "error-engagement-needs-authorisation",
            engagement::Refusal::NotAllowed => "error-engagement-status",
        };
        return Ok(refused(lang, "status_refused", lang.t(code)));
    }
    let saved = match service::save_engagement(&st, m.org_id(), &actor, &m.engagement, b.version, &b.draft()).await? {
        Outcome::Done(e) => e,
        Outcome::Invalid(e) => return Ok(validation_error(lang, &e)),
        Outcome::Conflict(fresh) => return conflict(lang, EngagementDto::of(&fresh)),
        Outcome::Refused { .. } => return Err(AppError::Conflict),
    };
    let after = match to {
        None => saved,
        Some(to) => match service::set_engagement_status(&st, m.org_id(), &actor, &saved, saved.version, to).await? {
            Ok(e) => e,
            Err(StatusRefusal::Conflict) => return conflict(lang, EngagementDto::of(&saved)),
            Err(_) => return Ok(refused(lang, "status_refused", lang.t("error-engagement-status"))),
        },
    };
    Ok(Json(EngagementDto::of(&after)).into_response())
}

#[derive(Default)]
pub struct ImportQuery {
    format: String,
    dry_run: String,
}

#[derive(Serialize, ToSchema)]
pub struct ProblemDto {
    #[serde(rename = "where")]
    pub at: String,
    pub message: String,
}

#[derive(Serialize, ToSchema)]
pub struct ImportDto {
    pub created: usize,
    pub unchanged: usize,
    pub reopened: usize,
    pub not_seen: usize,
    pub dry_run: bool,
    pub problems: Vec<ProblemDto>,
}

#[utoipa::path(post, path = "/api/v1/engagements/{engagement}/imports", tag = "findings",
    params(("engagement" = String, Path, description = "Engagement id"),
        ("format" = String, Query, description = "greenbone, nessus, zap, nuclei, sarif or csv"),
        ("dry_run" = Option<bool>, Query, description = "true: only the preview, nothing changes")),
    request_body(content = String, content_type = "application/octet-stream", description = "The report file as it is"),
    responses((status = 200, body = ImportDto), (status = 400, body = ImportDto, description = "The file is unusable; nothing changed")))]
/// Imports a scanner report into the engagement's findings (also for its guest testers).
pub(super) async fn import(
    State(st): State<AppState>,
    m: EngagementCaller<Edit>,
    axum::extract::RawQuery(raw): axum::extract::RawQuery,
    body: Bytes,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let mut q = ImportQuery::default();
    let mut seen = std::collections::HashSet::new();
    for (k, v) in form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes()) {
        if seen.insert(k.to_string()) {
            match k.as_ref() {
                "format" => q.format = v.into_owned(),
                "dry_run" => q.dry_run = v.into_owned(),
                _ => {}
            }
        }
    }
    let bad = |problems: Vec<ProblemDto>| {
        (
            StatusCode::BAD_REQUEST,
            Json(ImportDto { created: 0, unchanged: 0, reopened: 0, not_seen: 0, dry_run: true, problems }),
        )
            .into_response()
    };
    let Some(format) = weerbaar_scan::Format::parse(q.format.trim()) else {
        return Ok(bad(vec![ProblemDto { at: "format".into(), message: lang.t("error-choose-option") }]));
    };
    let dry_run = match q.dry_run.trim() {
        "" | "false" | "0" => false,
        "true" | "1" => true,
        _ => return Ok(bad(vec![ProblemDto { at: "dry_run".into(), message: lang.t("error-choose-option") }])),
    };
    let (id, label) = m.actor();
    let actor = Actor { id, label, ip: m.ctx.ip.clone() };
    Ok(match service::import(&st, m.org_id(), &actor, &m.engagement, format, &body, dry_run).await? {
        Ok(r) => Json(ImportDto {
            created: r.counts.created,
            unchanged: r.counts.unchanged,
            reopened: r.counts.reopened,
            not_seen: r.counts.not_seen,
            dry_run,
            problems: vec![],
        })
        .into_response(),
        Err(f) => bad(super::imports::problems(lang, &f)
            .into_iter()
            .map(|(at, message)| ProblemDto { at, message })
            .collect()),
    })
}

#[derive(utoipa::OpenApi)]
#[openapi(
    paths(list_engagements, create_engagement, get_engagement, put_engagement, import),
    components(schemas(EngagementDto, RulesDto, AuthorisationDtoOpt, ImportDto, ProblemDto))
)]
pub struct EngagementsApiDoc;
