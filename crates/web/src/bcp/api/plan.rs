//! The plan as a whole: list, read, start from the template, change its own fields,
//! replace it by a document, its checks and its recovery order.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::edit::header;
use weerbaar_core::bcp::model::*;
use weerbaar_core::bcp::{checks, completeness, exchange, recovery};
use weerbaar_store::{StoreError, bcp as db};

use super::super::save::{Change, save_part};
use super::super::{audit_edit, finding_link, finding_message};
use super::{answer, locked};
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::json::{ErrorBody, ErrorDto, FieldErrorDto, error_json, validation_error};
use crate::page::{ApprovePlan, Edit, Member, Read, SignedIn};

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
pub(super) async fn plans(State(st): State<AppState>, me: SignedIn) -> AppResult<Json<Vec<PlanSummaryDto>>> {
    let orgs = me.ctx.auth.as_ref().map(|a| a.orgs.clone()).unwrap_or_default();
    let mut c = st.store.conn().await?;
    let mut out = Vec::new();
    for o in orgs {
        if let Some(p) = db::load(&mut c, &o.org.id).await? {
            let f = checks::run(&p, weerbaar_core::today());
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
    /// Saved, but worth a second look: a next review in the past, an exercise held before
    /// its planned date (`field` is the document path). The forms show the same.
    pub warnings: Vec<crate::json::FieldErrorDto>,
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
pub(super) async fn plan(State(st): State<AppState>, m: Member<Read>) -> AppResult<Json<PlanDto>> {
    let p = load_plan(&st, &m).await?;
    Ok(Json(plan_dto(m.ctx.lang, &m.org.id, &p)?))
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
pub(super) async fn plan_checks(State(st): State<AppState>, m: Member<Read>) -> AppResult<Json<Vec<FindingDto>>> {
    let p = load_plan(&st, &m).await?;
    let lang = m.ctx.lang;
    Ok(Json(
        checks::run(&p, weerbaar_core::today())
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
pub(super) async fn recovery_order(State(st): State<AppState>, m: Member<Read>) -> AppResult<Json<RecoveryOrderDto>> {
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

fn plan_dto(lang: crate::i18n::Lang, org: &weerbaar_core::OrgId, p: &Plan) -> AppResult<PlanDto> {
    let warnings = weerbaar_core::bcp::edit::plan_warnings(p, weerbaar_core::today())
        .into_iter()
        .map(|(path, w)| crate::json::FieldErrorDto {
            field: path,
            code: w.code.to_string(),
            message: lang.field_error(&w),
        })
        .collect();
    Ok(PlanDto {
        id: p.header.id.clone(),
        organisation_id: org.to_string(),
        ids: ids_of(p),
        document: serde_json::to_value(exchange::export(p)).map_err(crate::http::internal)?,
        warnings,
    })
}

#[utoipa::path(post, path = "/api/v1/organisations/{org}/plan", tag = "plans",
    params(("org" = String, Path, description = "Organisation id")),
    request_body = CreatePlanDto,
    responses((status = 201, body = PlanDto), (status = 409, body = ErrorDto), (status = 422, body = ErrorDto)))]
/// Starts the organisation's plan from the standard template, in the caller's language.
pub(super) async fn create(
    State(st): State<AppState>,
    m: Member<Edit>,
    json: Result<Json<CreatePlanDto>, JsonRejection>,
) -> AppResult<Response> {
    let b = crate::json::body(m.ctx.lang, json)?;
    let p = match super::super::overview::new_plan(&m, b.activities.as_deref())? {
        Ok(p) => p,
        Err(errs) => return Ok(validation_error(m.ctx.lang, &errs)),
    };
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
    Ok((StatusCode::CREATED, Json(plan_dto(m.ctx.lang, &m.org.id, &p)?)).into_response())
}

#[derive(Deserialize, ToSchema)]
pub struct HeaderDto {
    #[serde(deserialize_with = "crate::json::integer")]
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
    /// The organisation's own mail domains, e.g. "voorbeeld.be".
    #[serde(default)]
    pub own_domains: Vec<String>,
}

#[utoipa::path(put, path = "/api/v1/plans/{plan}", tag = "plans",
    params(("plan" = String, Path, description = "Plan id")),
    request_body = HeaderDto,
    responses((status = 200, body = PlanDto), (status = 409, body = ErrorDto), (status = 422, body = ErrorDto)))]
/// Changes the plan's scope, objectives, owner, classification and review date.
pub(super) async fn update_header(
    State(st): State<AppState>,
    m: Member<Edit>,
    json: Result<Json<HeaderDto>, JsonRejection>,
) -> AppResult<Response> {
    let b = crate::json::body(m.ctx.lang, json)?;
    let lang = m.ctx.lang;
    let draft = header::Draft {
        scope: b.scope,
        objectives: b.objectives,
        assumptions: b.assumptions,
        owner_name: b.owner_name,
        owner_email: b.owner_email,
        classification: b.classification,
        next_review: b.next_review.unwrap_or_default(),
        own_domains: b.own_domains,
    };
    let fields = match header::check(&draft) {
        Ok(f) => f,
        Err(errs) => return Ok(validation_error(lang, &errs)),
    };
    let outcome = save_part(&st, &m, async |tx| {
        let before = db::header(tx, m.org_id()).await?.ok_or(StoreError::NotFound)?;
        db::update_header(tx, m.org_id(), b.version, &fields).await?;
        Change::new(AuditAction::PlanUpdated, lang.t("bcp-step-scope"))
            .values(Some(&header::Fields::from(&before)), Some(&fields))
    })
    .await?;
    let whole = async || -> AppResult<PlanDto> {
        let mut c = st.store.conn().await?;
        plan_dto(m.ctx.lang, &m.org.id, &db::load(&mut c, m.org_id()).await?.ok_or(AppError::NotFound)?)
    };
    answer(lang, outcome, async || Ok(Json(whole().await?).into_response()), whole).await
}

#[utoipa::path(put, path = "/api/v1/plans/{plan}/document", tag = "plans",
    params(("plan" = String, Path, description = "Plan id")),
    request_body(content = Object, description = "A plan in the exchange format"),
    responses((status = 200, body = PlanDto), (status = 409, body = ErrorDto), (status = 422, body = ErrorDto, description = "Every problem, with its JSON path, in `fields`")))]
/// Replaces the whole plan by a document (administrators). Nothing changes if anything is wrong.
pub(super) async fn replace(
    State(st): State<AppState>,
    m: Member<ApprovePlan>,
    raw: axum::body::Bytes,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let imported = match super::super::exchange::parse_document_apart(raw).await? {
        Ok(p) => p,
        Err(problems) => {
            let fields = problems
                .iter()
                .map(|p| FieldErrorDto {
                    field: p.path.clone(),
                    code: p.code.to_string(),
                    message: lang.t_args(&p.message_id(), &p.message_args()),
                })
                .collect();
            return Ok(error_json(
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorBody {
                    code: "invalid_plan".into(),
                    message: super::super::exchange::problems_heading(lang, problems.len()),
                    fields: Some(fields),
                    current: None,
                },
            ));
        }
    };
    match super::super::exchange::replace_plan(&st, &m, &imported).await {
        Ok(_) => {}
        Err(AppError::Conflict) => return Ok(locked(lang)),
        Err(e) => return Err(e),
    }
    let mut c = st.store.conn().await?;
    let p = db::load(&mut c, m.org_id()).await?.ok_or(AppError::NotFound)?;
    Ok(Json(plan_dto(m.ctx.lang, &m.org.id, &p)?).into_response())
}
