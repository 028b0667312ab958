//! The register and engagements through the API. Every write goes through `service`,
//! the same operations the pages use.

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use weerbaar_core::engagement::{self, Engagement};
use weerbaar_core::findings::Finding;
use weerbaar_core::findings::edit::Draft;
use weerbaar_core::findings::flow::Request;
use weerbaar_store::findings as db;

use super::access::EngagementCaller;
use super::register::{ListQuery, filter};
use super::service::{self, Actor, Outcome, StatusRefusal};
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::json::{ErrorBody, ErrorDto, error_json, validation_error};
use crate::page::{Edit, Member, Read};
use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/api/v1/organisations/{org}/engagements", list_engagements)
        .post("/api/v1/organisations/{org}/engagements", create_engagement)
        .get("/api/v1/engagements/{engagement}", get_engagement)
        .put("/api/v1/engagements/{engagement}", put_engagement)
        .post_large("/api/v1/engagements/{engagement}/imports", import, super::imports::IMPORT_MAX_BYTES)
        .get("/api/v1/organisations/{org}/findings", list_findings)
        .post("/api/v1/organisations/{org}/findings", create_finding)
        .get("/api/v1/findings/{finding}", get_finding)
        .put("/api/v1/findings/{finding}", put_finding)
        .post("/api/v1/findings/{finding}/transitions", transition)
}

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
    pub window_start: String,
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

fn actor<A: crate::page::OrgPermission>(m: &Member<A>) -> Actor {
    super::finding::actor_of(m)
}

fn conflict(lang: Lang, current: impl Serialize) -> AppResult<Response> {
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

fn refused(lang: Lang, code: &str, message: String) -> Response {
    let _ = lang;
    error_json(StatusCode::CONFLICT, ErrorBody { code: code.into(), message, fields: None, current: None })
}

#[utoipa::path(get, path = "/api/v1/organisations/{org}/engagements", tag = "findings",
    params(("org" = String, Path, description = "Organisation id")),
    responses((status = 200, body = [EngagementDto])))]
/// The organisation's engagements, newest first.
async fn list_engagements(State(st): State<AppState>, m: Member<Read>) -> AppResult<Json<Vec<EngagementDto>>> {
    let mut c = st.store.conn().await?;
    Ok(Json(weerbaar_store::engagements::list(&mut c, m.org_id()).await?.iter().map(EngagementDto::of).collect()))
}

#[utoipa::path(post, path = "/api/v1/organisations/{org}/engagements", tag = "findings",
    params(("org" = String, Path, description = "Organisation id")),
    request_body = EngagementDto,
    responses((status = 201, body = EngagementDto), (status = 422, body = ErrorDto)))]
/// Records an engagement (planned).
async fn create_engagement(
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
async fn get_engagement(m: EngagementCaller<Read>) -> AppResult<Json<EngagementDto>> {
    Ok(Json(EngagementDto::of(&m.engagement)))
}

#[utoipa::path(put, path = "/api/v1/engagements/{engagement}", tag = "findings",
    params(("engagement" = String, Path, description = "Engagement id")),
    request_body = EngagementDto,
    responses((status = 200, body = EngagementDto), (status = 409, body = ErrorDto, description = "Changed by someone else, or a status move the flow does not allow (testing needs a recorded authorisation)"), (status = 422, body = ErrorDto)))]
/// Saves an engagement's fields; a different `status` moves it one step.
async fn put_engagement(
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

#[derive(Deserialize, Default)]
#[serde(default)]
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
async fn import(
    State(st): State<AppState>,
    m: EngagementCaller<Edit>,
    Query(q): Query<ImportQuery>,
    body: Bytes,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
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
async fn list_findings(State(st): State<AppState>, m: Member<Read>, Query(q): Query<ListQuery>) -> AppResult<Response> {
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
pub struct FindingDto {
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

impl FindingDto {
    fn of(f: &Finding) -> FindingDto {
        FindingDto {
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
    responses((status = 201, body = FindingDto), (status = 422, body = ErrorDto, description = "Field errors, e.g. a CVSS vector that does not parse")))]
/// Adds a finding by hand; score and severity are computed from the vector.
async fn create_finding(
    State(st): State<AppState>,
    m: Member<Edit>,
    json: Result<Json<FindingInDto>, JsonRejection>,
) -> AppResult<Response> {
    let b = crate::json::body(m.ctx.lang, json)?;
    match service::create(&st, m.org_id(), &actor(&m), &b.draft(), None).await? {
        Outcome::Done(f) => Ok((StatusCode::CREATED, Json(FindingDto::of(&f))).into_response()),
        Outcome::Invalid(e) => Ok(validation_error(m.ctx.lang, &e)),
        _ => Err(AppError::Conflict),
    }
}

#[utoipa::path(get, path = "/api/v1/findings/{finding}", tag = "findings",
    params(("finding" = String, Path, description = "Finding id")),
    responses((status = 200, body = FindingDto)))]
/// One finding.
async fn get_finding(
    State(st): State<AppState>,
    m: Member<Read>,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> AppResult<Json<FindingDto>> {
    let mut c = st.store.conn().await?;
    Ok(Json(FindingDto::of(&db::get(&mut c, m.org_id(), &id).await?.ok_or(AppError::NotFound)?)))
}

#[utoipa::path(put, path = "/api/v1/findings/{finding}", tag = "findings",
    params(("finding" = String, Path, description = "Finding id")),
    request_body = FindingInDto,
    responses((status = 200, body = FindingDto), (status = 409, body = ErrorDto, description = "Changed by someone else; `current` holds their version"), (status = 422, body = ErrorDto)))]
/// Saves a finding's fields (its status moves through `transitions`).
async fn put_finding(
    State(st): State<AppState>,
    m: Member<Edit>,
    axum::extract::Path(id): axum::extract::Path<String>,
    json: Result<Json<FindingInDto>, JsonRejection>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let b = crate::json::body(lang, json)?;
    match service::save(&st, m.org_id(), &actor(&m), &id, b.version, &b.draft()).await? {
        Outcome::Done(f) => Ok(Json(FindingDto::of(&f)).into_response()),
        Outcome::Invalid(e) => Ok(validation_error(lang, &e)),
        Outcome::Conflict(fresh) => conflict(lang, FindingDto::of(&fresh)),
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
    pub version: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/findings/{finding}/transitions", tag = "findings",
    params(("finding" = String, Path, description = "Finding id")),
    request_body = TransitionDto,
    responses((status = 200, body = FindingDto), (status = 409, body = ErrorDto, description = "A move the status flow does not allow, or changed by someone else"), (status = 422, body = ErrorDto)))]
/// Moves a finding in its status flow.
async fn transition(
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
        Outcome::Done(f) => Ok(Json(FindingDto::of(&f)).into_response()),
        Outcome::Invalid(e) => Ok(validation_error(lang, &e)),
        Outcome::Refused { from, to } => Ok(refused(
            lang,
            "transition_refused",
            lang.t_args(
                "error-finding-move",
                &[("from", super::views::status(lang, from)), ("to", super::views::status(lang, to))],
            ),
        )),
        Outcome::Conflict(fresh) => conflict(lang, FindingDto::of(&fresh)),
    }
}

#[derive(utoipa::OpenApi)]
#[openapi(
    paths(
        list_engagements,
        create_engagement,
        get_engagement,
        put_engagement,
        import,
        list_findings,
        create_finding,
        get_finding,
        put_finding,
        transition
    ),
    components(schemas(
        EngagementDto,
        RulesDto,
        AuthorisationDto,
        AuthorisationDtoOpt,
        ImportDto,
        ProblemDto,
        FindingListDto,
        FindingItemDto,
        CvssDto,
        FindingInDto,
        FindingDto,
        AcceptanceDto,
        TransitionDto
    ))
)]
pub struct FindingsApiDoc;
