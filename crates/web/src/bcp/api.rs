//! The plan API: read the whole plan, its checks and recovery order; create a plan
//! from the template; write its parts (the same rules and versions as the builder).

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::model::*;
use weerbaar_core::bcp::{checks, completeness, exchange, recovery};
use weerbaar_core::id::new_row_id;
use weerbaar_core::validation::{FieldError, FieldErrors, required_line};
use weerbaar_store::{StoreError, bcp as db};

use super::*;
use crate::api::{ErrorBody, ErrorDto, error_json, validation_error};
use crate::page::{ApprovePlan, Edit, Member, Read, SignedIn};
use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/api/v1/plans", plans)
        .post("/api/v1/organisations/{org}/plan", create)
        .get("/api/v1/plans/{plan}", plan)
        .put("/api/v1/plans/{plan}", update_header)
        .put_large("/api/v1/plans/{plan}/document", replace, super::exchange::IMPORT_MAX_BYTES)
        .get("/api/v1/plans/{plan}/checks", plan_checks)
        .get("/api/v1/plans/{plan}/recovery-order", recovery_order)
        .post("/api/v1/plans/{plan}/activities", activity_create)
        .put("/api/v1/plans/{plan}/activities/{activity}", activity_update)
        .delete("/api/v1/plans/{plan}/activities/{activity}", activity_delete)
        .post("/api/v1/plans/{plan}/resources", resource_create)
        .put("/api/v1/plans/{plan}/resources/{resource}", resource_update)
        .delete("/api/v1/plans/{plan}/resources/{resource}", resource_delete)
}

fn body<T>(r: Result<Json<T>, JsonRejection>) -> AppResult<T> {
    r.map(|Json(v)| v).map_err(|_| AppError::BadRequest("invalid_json"))
}

fn store_error(lang: crate::i18n::Lang, e: StoreError) -> AppResult<Response> {
    match e {
        StoreError::PlanLocked => Ok(error_json(
            StatusCode::CONFLICT,
            ErrorBody { code: "plan_locked".into(), message: lang.t("flash-plan-locked"), fields: None, current: None },
        )),
        StoreError::Conflict => Ok(error_json(
            StatusCode::CONFLICT,
            ErrorBody {
                code: "conflict".into(),
                message: lang.t("error-page-conflict-text"),
                fields: None,
                current: None,
            },
        )),
        other => Err(other.into()),
    }
}

/// A conflict with what someone else saved, so the client can show both versions.
fn conflict_with(lang: crate::i18n::Lang, current: serde_json::Value) -> Response {
    let mut r = error_json(
        StatusCode::CONFLICT,
        ErrorBody { code: "conflict".into(), message: lang.t("error-page-conflict-text"), fields: None, current: None },
    );
    if let Ok(mut v) = serde_json::to_value(ErrorDto {
        error: ErrorBody {
            code: "conflict".into(),
            message: lang.t("error-page-conflict-text"),
            fields: None,
            current: None,
        },
    }) {
        v["error"]["current"] = current;
        r = (StatusCode::CONFLICT, Json(v)).into_response();
    }
    r
}

#[derive(Serialize, ToSchema)]
pub struct PlanSummaryDto {
    pub id: String,
    pub organisation_id: String,
    pub organisation: String,
    /// draft, submitted, approved
    pub status: String,
    pub version_label: String,
    /// Percentage of the builder's sections filled in.
    pub completeness: u32,
    pub errors: usize,
    pub warnings: usize,
}

#[utoipa::path(get, path = "/api/v1/plans", tag = "plans",
    responses((status = 200, body = Vec<PlanSummaryDto>), (status = 401, body = ErrorDto)))]
/// The plans of the caller's organisations.
async fn plans(State(st): State<AppState>, me: SignedIn) -> AppResult<Json<Vec<PlanSummaryDto>>> {
    let orgs = me.ctx.auth.as_ref().map(|a| a.orgs.clone()).unwrap_or_default();
    let mut c = st.store.conn().await?;
    let mut out = Vec::new();
    for o in orgs {
        if let Some(p) = db::load(&mut c, &o.org.id).await? {
            let f = checks::run(&p, super::overview::today());
            let (errors, warnings, _) = checks::summary(&f);
            out.push(PlanSummaryDto {
                id: p.header.id.clone(),
                organisation_id: o.org.id.to_string(),
                organisation: o.org.profile.name.clone(),
                status: p.header.status.as_str().into(),
                version_label: p.header.version_label.clone(),
                completeness: completeness::completeness(&p).overall(),
                errors,
                warnings,
            });
        }
    }
    Ok(Json(out))
}

#[derive(Serialize, ToSchema)]
pub struct PlanDto {
    pub id: String,
    pub organisation_id: String,
    /// The database id of each activity (A1…) and resource (R1…) reference in the document.
    pub ids: BTreeMap<String, String>,
    /// The whole plan in the exchange format (docs/plan-format.md).
    #[schema(value_type = Object)]
    pub document: serde_json::Value,
}

async fn load_plan(st: &AppState, m: &Member<impl crate::page::OrgPermission>) -> AppResult<Plan> {
    let mut c = st.store.conn().await?;
    db::load(&mut c, m.org_id()).await?.ok_or(AppError::NotFound)
}

pub fn ids_of(p: &Plan) -> BTreeMap<String, String> {
    let mut acts: Vec<&Activity> = p.activities.iter().collect();
    acts.sort_by_key(|a| (a.position, a.id.clone()));
    let mut res: Vec<&Resource> = p.resources.iter().collect();
    res.sort_by_key(|r| (r.position, r.id.clone()));
    acts.iter()
        .enumerate()
        .map(|(i, a)| (format!("A{}", i + 1), a.id.clone()))
        .chain(res.iter().enumerate().map(|(i, r)| (format!("R{}", i + 1), r.id.clone())))
        .collect()
}

#[utoipa::path(get, path = "/api/v1/plans/{plan}", tag = "plans",
    params(("plan" = String, Path, description = "Plan id")),
    responses((status = 200, body = PlanDto), (status = 404, body = ErrorDto)))]
/// The whole plan.
async fn plan(State(st): State<AppState>, m: Member<Read>) -> AppResult<Json<PlanDto>> {
    let p = load_plan(&st, &m).await?;
    Ok(Json(PlanDto {
        id: p.header.id.clone(),
        organisation_id: m.org.id.to_string(),
        ids: ids_of(&p),
        document: serde_json::to_value(exchange::export(&p)).map_err(crate::http::internal)?,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct TargetDto {
    /// plan, activity, resource, crisis, crisis_role, exercises
    pub kind: String,
    pub id: Option<String>,
    /// Where the builder fixes it.
    pub url: String,
}

#[derive(Serialize, ToSchema)]
pub struct FindingDto {
    pub code: String,
    /// error, warning, info
    pub severity: String,
    pub message: String,
    pub target: TargetDto,
}

#[utoipa::path(get, path = "/api/v1/plans/{plan}/checks", tag = "plans",
    params(("plan" = String, Path, description = "Plan id")),
    responses((status = 200, body = Vec<FindingDto>), (status = 404, body = ErrorDto)))]
/// Every gap the checks find, errors first.
async fn plan_checks(State(st): State<AppState>, m: Member<Read>) -> AppResult<Json<Vec<FindingDto>>> {
    let p = load_plan(&st, &m).await?;
    let lang = m.ctx.lang;
    Ok(Json(
        checks::run(&p, super::overview::today())
            .iter()
            .map(|f| FindingDto {
                code: f.code.into(),
                severity: f.severity.as_str().into(),
                message: finding_message(lang, f),
                target: TargetDto {
                    kind: serde_json::to_value(f.target_kind)
                        .ok()
                        .and_then(|v| v.as_str().map(String::from))
                        .unwrap_or_default(),
                    id: f.target_id.clone(),
                    url: finding_link(&m.org.id, f),
                },
            })
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct RecoveryStepDto {
    pub order: usize,
    pub wave: usize,
    pub resource_id: String,
    pub name: String,
    pub needed_within_hours: Option<u32>,
    pub available_hours: Option<u32>,
}

#[derive(Serialize, ToSchema)]
pub struct RecoveryOrderDto {
    pub steps: Vec<RecoveryStepDto>,
    /// Dependency cycles, as resource names; they cannot be restored in order.
    pub cycles: Vec<Vec<String>>,
    pub blocked: Vec<String>,
}

#[utoipa::path(get, path = "/api/v1/plans/{plan}/recovery-order", tag = "plans",
    params(("plan" = String, Path, description = "Plan id")),
    responses((status = 200, body = RecoveryOrderDto), (status = 404, body = ErrorDto)))]
/// The restore sequence from the dependency graph.
async fn recovery_order(State(st): State<AppState>, m: Member<Read>) -> AppResult<Json<RecoveryOrderDto>> {
    let p = {
        let mut c = st.store.conn().await?;
        db::load_core(&mut c, m.org_id()).await?.ok_or(AppError::NotFound)?
    };
    let o = recovery::recovery_order(&p);
    let name = |id: &str| p.resource(id).map(|r| r.name.clone()).unwrap_or_default();
    Ok(Json(RecoveryOrderDto {
        steps: o
            .steps
            .iter()
            .map(|s| RecoveryStepDto {
                order: s.order,
                wave: s.wave,
                resource_id: s.resource_id.clone(),
                name: name(&s.resource_id),
                needed_within_hours: s.needed_within_hours,
                available_hours: s.available_hours,
            })
            .collect(),
        cycles: o.cycles.iter().map(|c| c.iter().map(|id| name(id)).collect()).collect(),
        blocked: o.blocked.iter().map(|id| name(id)).collect(),
    }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct CreatePlanDto {
    /// Template activity keys to adopt; all when absent.
    pub activities: Option<Vec<String>>,
}

#[utoipa::path(post, path = "/api/v1/organisations/{org}/plan", tag = "plans",
    params(("org" = String, Path, description = "Organisation id")),
    request_body = CreatePlanDto,
    responses((status = 201, body = PlanDto), (status = 409, body = ErrorDto), (status = 422, body = ErrorDto)))]
/// Starts the organisation's plan from the standard template, in the caller's language.
async fn create(
    State(st): State<AppState>,
    m: Member<Edit>,
    json: Result<Json<CreatePlanDto>, JsonRejection>,
) -> AppResult<Response> {
    let b = body(json)?;
    let t = weerbaar_content::bcp_template().map_err(|e| AppError::Internal(e.to_string()))?;
    if let Some(keys) = &b.activities
        && (keys.is_empty() || keys.iter().any(|k| !t.activities.iter().any(|a| &a.key == k)))
    {
        return Ok(validation_error(m.ctx.lang, &FieldError::new("activities", "error-choose-option").into()));
    }
    let mut p = t.instantiate(super::overview::plan_lang(m.ctx.lang), b.activities.as_deref(), new_row_id);
    p.header.owner_name = m.user.name.clone();
    p.header.owner_email = m.user.email.clone();
    p.header.classification = m.ctx.lang.t("bcp-classification-default");
    p.header.own_domains = vec![weerbaar_core::account::email_domain(&m.user.email).to_string()];
    let mut tx = st.store.begin().await?;
    match db::insert(&mut tx, m.org_id(), &p).await {
        Ok(()) => {}
        Err(StoreError::Duplicate(_)) => {
            return Ok(error_json(
                StatusCode::CONFLICT,
                ErrorBody {
                    code: "plan_exists".into(),
                    message: m.ctx.lang.t("bcp-plan-exists"),
                    fields: None,
                    current: None,
                },
            ));
        }
        Err(e) => return Err(e.into()),
    }
    audit_edit(
        &mut tx,
        &m,
        AuditAction::PlanCreated,
        &m.ctx.lang.t("bcp-title"),
        None::<&()>,
        Some(&serde_json::json!({"activities": p.activities.len()})),
    )
    .await?;
    tx.commit().await?;
    let dto = PlanDto {
        id: p.header.id.clone(),
        organisation_id: m.org.id.to_string(),
        ids: ids_of(&p),
        document: serde_json::to_value(exchange::export(&p)).map_err(crate::http::internal)?,
    };
    Ok((StatusCode::CREATED, Json(dto)).into_response())
}

#[derive(Deserialize, ToSchema)]
pub struct HeaderDto {
    pub version: i64,
    #[serde(default)]
    pub scope: String,
    #[serde(default)]
    pub objectives: String,
    #[serde(default)]
    pub assumptions: String,
    #[serde(default)]
    pub owner_name: String,
    #[serde(default)]
    pub owner_email: String,
    #[serde(default)]
    pub classification: String,
    /// YYYY-MM-DD
    #[serde(default)]
    pub next_review: Option<String>,
    #[serde(default)]
    pub own_domains: Vec<String>,
}

#[utoipa::path(put, path = "/api/v1/plans/{plan}", tag = "plans",
    params(("plan" = String, Path, description = "Plan id")),
    request_body = HeaderDto,
    responses((status = 200, body = PlanDto), (status = 409, body = ErrorDto), (status = 422, body = ErrorDto)))]
/// Changes the plan's scope, objectives, owner, classification and review date.
async fn update_header(
    State(st): State<AppState>,
    m: Member<Edit>,
    json: Result<Json<HeaderDto>, JsonRejection>,
) -> AppResult<Response> {
    let b = body(json)?;
    let lang = m.ctx.lang;
    let mut errs = FieldErrors::new();
    let scope = errs.check(text("scope", &b.scope, TEXT_MAX)).unwrap_or_default();
    let objectives = errs.check(text("objectives", &b.objectives, TEXT_MAX)).unwrap_or_default();
    let assumptions = errs.check(text("assumptions", &b.assumptions, TEXT_MAX)).unwrap_or_default();
    let owner_name = errs.check(text("owner_name", &b.owner_name, LINE_MAX)).unwrap_or_default();
    let owner_email = if b.owner_email.trim().is_empty() {
        String::new()
    } else {
        errs.check(weerbaar_core::account::normalise_email("owner_email", &b.owner_email)).unwrap_or_default()
    };
    let classification = errs.check(text("classification", &b.classification, LINE_MAX)).unwrap_or_default();
    let next_review = errs.check(parse_date("next_review", b.next_review.as_deref().unwrap_or(""))).flatten();
    if b.own_domains.len() > 20 || b.own_domains.iter().any(|d| d.len() > 100 || !d.contains('.')) {
        errs.push(FieldError::new("own_domains", "error-domains"));
    }
    if !errs.is_empty() {
        return Ok(validation_error(lang, &errs));
    }
    let mut tx = st.store.begin().await?;
    let before = match db::begin_edit(&mut tx, m.org_id()).await {
        Ok(h) => h,
        Err(e) => return store_error(lang, e),
    };
    let fields = db::HeaderFields {
        scope: &scope,
        objectives: &objectives,
        assumptions: &assumptions,
        owner_name: &owner_name,
        owner_email: &owner_email,
        classification: &classification,
        next_review,
        own_domains: &b.own_domains,
    };
    if let Err(e) = db::update_header(&mut tx, m.org_id(), b.version, &fields).await {
        tx.rollback().await?;
        return match e {
            StoreError::Conflict => Ok(conflict_with(lang, serde_json::to_value(&before).unwrap_or_default())),
            e => store_error(lang, e),
        };
    }
    audit_edit(&mut tx, &m, AuditAction::PlanUpdated, &lang.t("bcp-step-scope"), Some(&before), Some(&serde_json::json!({"scope": scope, "objectives": objectives, "owner_name": owner_name, "next_review": next_review}))).await?;
    tx.commit().await?;
    plan(State(st), m_read(m)).await.map(IntoResponse::into_response)
}

/// The same member, seen as a reader (for answering with the whole plan).
fn m_read(m: Member<Edit>) -> Member<Read> {
    m.downgrade()
}

#[utoipa::path(put, path = "/api/v1/plans/{plan}/document", tag = "plans",
    params(("plan" = String, Path, description = "Plan id")),
    request_body(content = Object, description = "A plan in the exchange format"),
    responses((status = 200, body = PlanDto), (status = 422, body = ErrorDto, description = "Every problem, with its JSON path, in `fields`")))]
/// Replaces the whole plan by a document (administrators). Nothing changes if anything is wrong.
async fn replace(State(st): State<AppState>, m: Member<ApprovePlan>, raw: axum::body::Bytes) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let doc = match super::exchange::parse_document(&raw) {
        Ok(d) => d,
        Err(problems) => {
            let fields = problems
                .iter()
                .map(|p| crate::api::FieldErrorDto {
                    field: p.path.clone(),
                    code: p.code.to_string(),
                    message: lang
                        .t_args(&format!("import-{}", p.code.replace('_', "-")), &[("detail", p.detail.clone())]),
                })
                .collect();
            return Ok(error_json(
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorBody {
                    code: "invalid_plan".into(),
                    message: lang.t_args("bcp-import-problems", &[("count", problems.len().to_string())]),
                    fields: Some(fields),
                    current: None,
                },
            ));
        }
    };
    match super::exchange::replace_plan(&st, &m, &doc).await {
        Ok(_) => {}
        Err(AppError::Conflict) => return store_error(lang, StoreError::PlanLocked),
        Err(e) => return Err(e),
    }
    plan(State(st), m.downgrade()).await.map(IntoResponse::into_response)
}

#[derive(Deserialize, ToSchema)]
pub struct NewActivityDto {
    pub name: String,
    #[serde(default)]
    pub department: String,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct ActivityDto {
    #[serde(default)]
    pub id: String,
    pub version: i64,
    pub name: String,
    #[serde(default)]
    pub department: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub deputy: String,
    #[serde(default)]
    pub legal_deadlines: String,
    #[serde(default)]
    pub peak_periods: String,
    /// Per category (service, legal, financial, reputation, health_safety, privacy) one
    /// level 0..4 or null per time window.
    #[serde(default)]
    #[schema(value_type = Object)]
    pub impacts: BTreeMap<String, Vec<Option<u8>>>,
    #[serde(default)]
    pub rto_hours: Option<u32>,
    #[serde(default)]
    pub rpo_hours: Option<u32>,
    #[serde(default)]
    pub mbco: String,
    #[serde(default)]
    pub min_staff: Option<u32>,
    #[serde(default)]
    pub min_workplaces: Option<u32>,
    #[serde(default)]
    pub workaround: Vec<String>,
    #[serde(default)]
    pub alternate_location: String,
    #[serde(default)]
    pub alternate_supplier: String,
    #[serde(default)]
    pub mutual_aid: String,
    #[serde(default)]
    pub paper_backlog: String,
    /// Ids of the resources it needs.
    #[serde(default)]
    pub resources: Vec<String>,
}

fn activity_dto(a: &Activity, resources: Vec<String>) -> ActivityDto {
    ActivityDto {
        id: a.id.clone(),
        version: a.version,
        name: a.name.clone(),
        department: a.department.clone(),
        description: a.description.clone(),
        owner: a.owner.clone(),
        deputy: a.deputy.clone(),
        legal_deadlines: a.legal_deadlines.clone(),
        peak_periods: a.peak_periods.clone(),
        impacts: a.impacts.0.iter().map(|(k, v)| (k.as_str().to_string(), v.clone())).collect(),
        rto_hours: a.rto_hours,
        rpo_hours: a.rpo_hours,
        mbco: a.mbco.clone(),
        min_staff: a.min_staff,
        min_workplaces: a.min_workplaces,
        workaround: a.workaround.clone(),
        alternate_location: a.alternate_location.clone(),
        alternate_supplier: a.alternate_supplier.clone(),
        mutual_aid: a.mutual_aid.clone(),
        paper_backlog: a.paper_backlog.clone(),
        resources,
    }
}

#[utoipa::path(post, path = "/api/v1/plans/{plan}/activities", tag = "plans",
    params(("plan" = String, Path, description = "Plan id")),
    request_body = NewActivityDto,
    responses((status = 201, body = ActivityDto), (status = 422, body = ErrorDto), (status = 409, body = ErrorDto)))]
/// Adds an activity.
async fn activity_create(
    State(st): State<AppState>,
    m: Member<Edit>,
    json: Result<Json<NewActivityDto>, JsonRejection>,
) -> AppResult<Response> {
    let b = body(json)?;
    let lang = m.ctx.lang;
    let mut errs = FieldErrors::new();
    let name = errs.check(required_line("name", &b.name, LINE_MAX));
    let department = errs.check(text("department", &b.department, LINE_MAX));
    let (Some(name), Some(department)) = (name, department) else { return Ok(validation_error(lang, &errs)) };
    let mut tx = st.store.begin().await?;
    let h = match db::begin_edit(&mut tx, m.org_id()).await {
        Ok(h) => h,
        Err(e) => return store_error(lang, e),
    };
    let mut a = Activity::new(String::new(), 0, name, h.scale.windows_hours.len());
    a.department = department;
    let a = db::add_activity(&mut tx, m.org_id(), &a).await?;
    audit_edit(
        &mut tx,
        &m,
        AuditAction::ActivityCreated,
        &a.name,
        None::<&()>,
        Some(&serde_json::json!({"name": a.name})),
    )
    .await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(activity_dto(&a, vec![]))).into_response())
}

fn check_activity(b: &ActivityDto, windows: usize) -> Result<Activity, FieldErrors> {
    let mut errs = FieldErrors::new();
    let name = errs.check(required_line("name", &b.name, LINE_MAX)).unwrap_or_default();
    let mut line = |f: &'static str, v: &str| errs.check(text(f, v, LINE_MAX)).unwrap_or_default();
    let (department, owner, deputy) =
        (line("department", &b.department), line("owner", &b.owner), line("deputy", &b.deputy));
    let (alt_loc, alt_sup, aid) = (
        line("alternate_location", &b.alternate_location),
        line("alternate_supplier", &b.alternate_supplier),
        line("mutual_aid", &b.mutual_aid),
    );
    let mut long = |f: &'static str, v: &str| errs.check(text(f, v, TEXT_MAX)).unwrap_or_default();
    let (description, legal, peak, mbco, backlog) = (
        long("description", &b.description),
        long("legal_deadlines", &b.legal_deadlines),
        long("peak_periods", &b.peak_periods),
        long("mbco", &b.mbco),
        long("paper_backlog", &b.paper_backlog),
    );
    if b.workaround.len() > LIST_MAX || b.workaround.iter().any(|s| s.chars().count() > TEXT_MAX) {
        errs.push(FieldError::new("workaround", "error-too-many-lines").arg("max", LIST_MAX));
    }
    let mut impacts = Impacts::unrated(windows);
    for (k, v) in &b.impacts {
        match ImpactCategory::parse(k) {
            Some(c) if v.len() == windows && v.iter().all(|l| l.is_none_or(|l| l <= MAX_LEVEL)) => {
                for (w, l) in v.iter().enumerate() {
                    impacts.set(c, w, *l);
                }
            }
            _ => errs.push(FieldError::new("impacts", "error-level")),
        }
    }
    for (f, v) in [("rto_hours", b.rto_hours), ("rpo_hours", b.rpo_hours)] {
        if v.is_some_and(|h| h > 8760) {
            errs.push(FieldError::new(f, "error-hours-range").arg("max", 8760));
        }
    }
    errs.into_result()?;
    let mut a = Activity::new(b.id.clone(), 0, name, windows);
    a.department = department;
    a.description = description;
    a.owner = owner;
    a.deputy = deputy;
    a.legal_deadlines = legal;
    a.peak_periods = peak;
    a.impacts = impacts;
    a.rto_hours = b.rto_hours;
    a.rpo_hours = b.rpo_hours;
    a.mbco = mbco;
    a.min_staff = b.min_staff;
    a.min_workplaces = b.min_workplaces;
    a.workaround = b.workaround.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
    a.alternate_location = alt_loc;
    a.alternate_supplier = alt_sup;
    a.mutual_aid = aid;
    a.paper_backlog = backlog;
    a.version = b.version;
    Ok(a)
}

#[utoipa::path(put, path = "/api/v1/plans/{plan}/activities/{activity}", tag = "plans",
    params(("plan" = String, Path, description = "Plan id"), ("activity" = String, Path, description = "Activity id")),
    request_body = ActivityDto,
    responses((status = 200, body = ActivityDto), (status = 409, body = ErrorDto, description = "Changed by someone else; `current` holds their version"), (status = 422, body = ErrorDto)))]
/// Saves an activity with its impact analysis, strategies and needed resources.
async fn activity_update(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    json: Result<Json<ActivityDto>, JsonRejection>,
) -> AppResult<Response> {
    let mut b = body(json)?;
    b.id = id.clone();
    let lang = m.ctx.lang;
    let mut tx = st.store.begin().await?;
    let plan = db::load_core(&mut tx, m.org_id()).await?.ok_or(AppError::NotFound)?;
    let current = plan.activity(&id).cloned().ok_or(AppError::NotFound)?;
    let mut a = match check_activity(&b, plan.header.scale.windows_hours.len()) {
        Ok(a) => a,
        Err(errs) => return Ok(validation_error(lang, &errs)),
    };
    if b.resources.iter().any(|r| plan.resource(r).is_none()) {
        return Ok(validation_error(lang, &FieldError::new("resources", "error-unknown-resource").into()));
    }
    a.position = current.position;
    a.template_key = current.template_key.clone();
    if let Err(e) = db::begin_edit(&mut tx, m.org_id()).await {
        return store_error(lang, e);
    }
    if let Err(e) = db::update_activity(&mut tx, m.org_id(), &a).await {
        tx.rollback().await?;
        let res: Vec<String> =
            plan.activity_resources.iter().filter(|(x, _)| *x == id).map(|(_, r)| r.clone()).collect();
        return match e {
            StoreError::Conflict => {
                Ok(conflict_with(lang, serde_json::to_value(activity_dto(&current, res)).unwrap_or_default()))
            }
            e => store_error(lang, e),
        };
    }
    db::set_activity_resources(&mut tx, m.org_id(), &id, &b.resources).await?;
    audit_edit(&mut tx, &m, AuditAction::ActivityUpdated, &a.name, Some(&current), Some(&a)).await?;
    tx.commit().await?;
    let mut c = st.store.conn().await?;
    let saved = db::activity(&mut c, m.org_id(), &id).await?.ok_or(AppError::NotFound)?;
    Ok(Json(activity_dto(&saved, b.resources)).into_response())
}

#[utoipa::path(delete, path = "/api/v1/plans/{plan}/activities/{activity}", tag = "plans",
    params(("plan" = String, Path, description = "Plan id"), ("activity" = String, Path, description = "Activity id")),
    responses((status = 204), (status = 404, body = ErrorDto)))]
/// Removes an activity.
async fn activity_delete(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let mut tx = st.store.begin().await?;
    let a = db::activity(&mut tx, m.org_id(), &id).await?.ok_or(AppError::NotFound)?;
    if let Err(e) = db::begin_edit(&mut tx, m.org_id()).await {
        return store_error(lang, e);
    }
    db::delete_activity(&mut tx, m.org_id(), &id).await?;
    audit_edit(&mut tx, &m, AuditAction::ActivityDeleted, &a.name, Some(&a), None::<&()>).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Deserialize, ToSchema)]
pub struct NewResourceDto {
    pub name: String,
    /// person, application, infrastructure, data, supplier, location
    pub kind: String,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct ResourceDto {
    #[serde(default)]
    pub id: String,
    pub version: i64,
    pub kind: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub deputy: String,
    #[serde(default)]
    pub contract_ref: String,
    #[serde(default)]
    pub sla_hours: Option<u32>,
    #[serde(default)]
    pub contact_24_7: String,
    #[serde(default)]
    pub recovery_hours: Option<u32>,
    /// demonstrated, promised, estimated
    #[serde(default = "estimated")]
    pub recovery_basis: String,
    #[serde(default)]
    pub backup_interval_hours: Option<u32>,
    /// none, online, offline, immutable
    #[serde(default = "none")]
    pub backup_type: String,
    /// YYYY-MM-DD
    #[serde(default)]
    pub last_restore_test: Option<String>,
    /// Ids of the resources it needs.
    #[serde(default)]
    pub depends_on: Vec<String>,
}

fn estimated() -> String {
    "estimated".into()
}
fn none() -> String {
    "none".into()
}

fn resource_dto(r: &Resource, deps: Vec<String>) -> ResourceDto {
    ResourceDto {
        id: r.id.clone(),
        version: r.version,
        kind: r.kind.as_str().into(),
        name: r.name.clone(),
        description: r.description.clone(),
        deputy: r.deputy.clone(),
        contract_ref: r.contract_ref.clone(),
        sla_hours: r.sla_hours,
        contact_24_7: r.contact_24_7.clone(),
        recovery_hours: r.recovery_hours,
        recovery_basis: r.recovery_basis.as_str().into(),
        backup_interval_hours: r.backup_interval_hours,
        backup_type: r.backup_type.as_str().into(),
        last_restore_test: r.last_restore_test.map(|d| d.to_string()),
        depends_on: deps,
    }
}

#[utoipa::path(post, path = "/api/v1/plans/{plan}/resources", tag = "plans",
    params(("plan" = String, Path, description = "Plan id")),
    request_body = NewResourceDto,
    responses((status = 201, body = ResourceDto), (status = 422, body = ErrorDto)))]
/// Adds a resource.
async fn resource_create(
    State(st): State<AppState>,
    m: Member<Edit>,
    json: Result<Json<NewResourceDto>, JsonRejection>,
) -> AppResult<Response> {
    let b = body(json)?;
    let lang = m.ctx.lang;
    let mut errs = FieldErrors::new();
    let name = errs.check(required_line("name", &b.name, LINE_MAX));
    let kind = errs.check(ResourceKind::parse(&b.kind).ok_or_else(|| FieldError::new("kind", "error-choose-option")));
    let (Some(name), Some(kind)) = (name, kind) else { return Ok(validation_error(lang, &errs)) };
    let mut tx = st.store.begin().await?;
    if let Err(e) = db::begin_edit(&mut tx, m.org_id()).await {
        return store_error(lang, e);
    }
    let r = db::add_resource(&mut tx, m.org_id(), &Resource::new(String::new(), 0, kind, name)).await?;
    audit_edit(
        &mut tx,
        &m,
        AuditAction::ResourceCreated,
        &r.name,
        None::<&()>,
        Some(&serde_json::json!({"name": r.name, "kind": r.kind})),
    )
    .await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(resource_dto(&r, vec![]))).into_response())
}

#[utoipa::path(put, path = "/api/v1/plans/{plan}/resources/{resource}", tag = "plans",
    params(("plan" = String, Path, description = "Plan id"), ("resource" = String, Path, description = "Resource id")),
    request_body = ResourceDto,
    responses((status = 200, body = ResourceDto), (status = 409, body = ErrorDto), (status = 422, body = ErrorDto)))]
/// Saves a resource, its capability and what it depends on.
async fn resource_update(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    json: Result<Json<ResourceDto>, JsonRejection>,
) -> AppResult<Response> {
    let b = body(json)?;
    let mut tx = st.store.begin().await?;
    let plan = db::load_core(&mut tx, m.org_id()).await?.ok_or(AppError::NotFound)?;
    let current = plan.resource(&id).cloned().ok_or(AppError::NotFound)?;
    let lang = m.ctx.lang;
    let mut errs = FieldErrors::new();
    let name = errs.check(required_line("name", &b.name, LINE_MAX));
    let kind = errs.check(ResourceKind::parse(&b.kind).ok_or_else(|| FieldError::new("kind", "error-choose-option")));
    let basis = errs
        .check(Basis::parse(&b.recovery_basis).ok_or_else(|| FieldError::new("recovery_basis", "error-choose-option")));
    let backup = errs
        .check(BackupType::parse(&b.backup_type).ok_or_else(|| FieldError::new("backup_type", "error-choose-option")));
    let restore = errs.check(parse_date("last_restore_test", b.last_restore_test.as_deref().unwrap_or("")));
    let mut line = |f: &'static str, v: &str| errs.check(text(f, v, LINE_MAX)).unwrap_or_default();
    let (deputy, contract_ref, contact) =
        (line("deputy", &b.deputy), line("contract_ref", &b.contract_ref), line("contact_24_7", &b.contact_24_7));
    let description = errs.check(text("description", &b.description, TEXT_MAX)).unwrap_or_default();
    for (f, v) in [
        ("sla_hours", b.sla_hours),
        ("recovery_hours", b.recovery_hours),
        ("backup_interval_hours", b.backup_interval_hours),
    ] {
        if v.is_some_and(|h| h > 8760) {
            errs.push(FieldError::new(f, "error-hours-range").arg("max", 8760));
        }
    }
    let (Some(name), Some(kind), Some(basis), Some(backup), Some(restore)) = (name, kind, basis, backup, restore)
    else {
        return Ok(validation_error(lang, &errs));
    };
    if !errs.is_empty() {
        return Ok(validation_error(lang, &errs));
    }
    if b.depends_on.iter().any(|d| plan.resource(d).is_none() || *d == id) {
        return Ok(validation_error(lang, &FieldError::new("depends_on", "error-unknown-resource").into()));
    }
    if let Err(e) = db::begin_edit(&mut tx, m.org_id()).await {
        return store_error(lang, e);
    }
    let updated = Resource {
        kind,
        name,
        description,
        deputy,
        contract_ref,
        sla_hours: b.sla_hours,
        contact_24_7: contact,
        recovery_hours: b.recovery_hours,
        recovery_basis: basis,
        backup_interval_hours: b.backup_interval_hours,
        backup_type: backup,
        last_restore_test: restore,
        version: b.version,
        ..current.clone()
    };
    if let Err(e) = db::update_resource(&mut tx, m.org_id(), &updated).await {
        tx.rollback().await?;
        let deps: Vec<String> = plan.resource_deps.iter().filter(|(x, _)| *x == id).map(|(_, d)| d.clone()).collect();
        return match e {
            StoreError::Conflict => {
                Ok(conflict_with(lang, serde_json::to_value(resource_dto(&current, deps)).unwrap_or_default()))
            }
            e => store_error(lang, e),
        };
    }
    db::set_resource_deps(&mut tx, m.org_id(), &id, &b.depends_on).await?;
    audit_edit(&mut tx, &m, AuditAction::ResourceUpdated, &updated.name, Some(&current), Some(&updated)).await?;
    tx.commit().await?;
    let mut c = st.store.conn().await?;
    let saved = db::resource(&mut c, m.org_id(), &id).await?.ok_or(AppError::NotFound)?;
    Ok(Json(resource_dto(&saved, b.depends_on)).into_response())
}

#[utoipa::path(delete, path = "/api/v1/plans/{plan}/resources/{resource}", tag = "plans",
    params(("plan" = String, Path, description = "Plan id"), ("resource" = String, Path, description = "Resource id")),
    responses((status = 204), (status = 404, body = ErrorDto)))]
/// Removes a resource (and its links).
async fn resource_delete(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let mut tx = st.store.begin().await?;
    let r = db::resource(&mut tx, m.org_id(), &id).await?.ok_or(AppError::NotFound)?;
    if let Err(e) = db::begin_edit(&mut tx, m.org_id()).await {
        return store_error(lang, e);
    }
    db::delete_resource(&mut tx, m.org_id(), &id).await?;
    audit_edit(&mut tx, &m, AuditAction::ResourceDeleted, &r.name, Some(&r), None::<&()>).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(utoipa::OpenApi)]
#[openapi(paths(
    plans,
    plan,
    create,
    update_header,
    replace,
    plan_checks,
    recovery_order,
    activity_create,
    activity_update,
    activity_delete,
    resource_create,
    resource_update,
    resource_delete
))]
pub struct PlanApiDoc;
