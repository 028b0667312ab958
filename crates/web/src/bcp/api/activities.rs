//! Activities through the API: one call carries the description, the impact analysis,
//! the strategies and the needed resources, checked by the builder's three rule sets.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::edit::{activity, links};
use weerbaar_core::bcp::model::*;
use weerbaar_core::validation::Num;
use weerbaar_store::{StoreError, bcp as db};

use super::super::save::{Change, save_part};
use super::{answer, created};
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::json::{ErrorDto, validation_error};
use crate::page::{Edit, Member};

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
    #[serde(deserialize_with = "crate::json::integer")]
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
    #[serde(default, deserialize_with = "crate::json::integer_lists")]
    #[schema(value_type = Object)]
    pub impacts: BTreeMap<String, Vec<Option<i64>>>,
    /// Hours, 0..8760.
    #[serde(default, deserialize_with = "crate::json::opt_integer")]
    pub rto_hours: Option<i64>,
    #[serde(default, deserialize_with = "crate::json::opt_integer")]
    pub rpo_hours: Option<i64>,
    #[serde(default)]
    pub mbco: String,
    /// 0..10000.
    #[serde(default, deserialize_with = "crate::json::opt_integer")]
    pub min_staff: Option<i64>,
    #[serde(default, deserialize_with = "crate::json::opt_integer")]
    pub min_workplaces: Option<i64>,
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

impl ActivityDto {
    pub fn of(a: &Activity, resources: Vec<String>) -> ActivityDto {
        let n = |v: Option<u32>| v.map(i64::from);
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
            impacts: a
                .impacts
                .0
                .iter()
                .map(|(k, v)| (k.as_str().to_string(), v.iter().map(|l| l.map(i64::from)).collect()))
                .collect(),
            rto_hours: n(a.rto_hours),
            rpo_hours: n(a.rpo_hours),
            mbco: a.mbco.clone(),
            min_staff: n(a.min_staff),
            min_workplaces: n(a.min_workplaces),
            workaround: a.workaround.clone(),
            alternate_location: a.alternate_location.clone(),
            alternate_supplier: a.alternate_supplier.clone(),
            mutual_aid: a.mutual_aid.clone(),
            paper_backlog: a.paper_backlog.clone(),
            resources,
        }
    }

    fn drafts(&self) -> (activity::Draft, activity::BiaDraft, activity::StrategyDraft) {
        (
            activity::Draft {
                department: self.department.clone(),
                name: self.name.clone(),
                description: self.description.clone(),
                owner: self.owner.clone(),
                deputy: self.deputy.clone(),
                legal_deadlines: self.legal_deadlines.clone(),
                peak_periods: self.peak_periods.clone(),
                min_staff: Num::from(self.min_staff),
                min_workplaces: Num::from(self.min_workplaces),
            },
            activity::BiaDraft {
                impacts: self
                    .impacts
                    .iter()
                    .map(|(k, v)| (k.clone(), v.iter().map(|l| Num::from(*l)).collect()))
                    .collect(),
                rto_hours: Num::from(self.rto_hours),
                rpo_hours: Num::from(self.rpo_hours),
                mbco: self.mbco.clone(),
            },
            activity::StrategyDraft {
                workaround: self.workaround.clone(),
                alternate_location: self.alternate_location.clone(),
                alternate_supplier: self.alternate_supplier.clone(),
                mutual_aid: self.mutual_aid.clone(),
                paper_backlog: self.paper_backlog.clone(),
            },
        )
    }
}

fn needs_of(p: &Plan, id: &str) -> Vec<String> {
    p.activity_resources.iter().filter(|(x, _)| x == id).map(|(_, r)| r.clone()).collect()
}

#[utoipa::path(post, path = "/api/v1/plans/{plan}/activities", tag = "plans",
    params(("plan" = String, Path, description = "Plan id")),
    request_body = NewActivityDto,
    responses((status = 201, body = ActivityDto), (status = 422, body = ErrorDto), (status = 409, body = ErrorDto)))]
/// Adds an activity.
pub(super) async fn create(
    State(st): State<AppState>,
    m: Member<Edit>,
    json: Result<Json<NewActivityDto>, JsonRejection>,
) -> AppResult<Response> {
    let b = crate::json::body(m.ctx.lang, json)?;
    let lang = m.ctx.lang;
    let (name, department) = match activity::check_new(&b.name, &b.department) {
        Ok(v) => v,
        Err(errs) => return Ok(validation_error(lang, &errs)),
    };
    let mut added = None;
    let outcome = save_part(&st, &m, async |tx| {
        let h = db::header(tx, m.org_id()).await?.ok_or(StoreError::NotFound)?;
        let mut a = Activity::new(String::new(), 0, name, h.scale.windows_hours.len());
        a.department = department;
        let a = db::add_activity(tx, m.org_id(), &a).await?;
        let change = Change::new(AuditAction::ActivityCreated, &a.name)
            .values(None::<&()>, Some(&serde_json::json!({"name": a.name})));
        added = Some(a);
        change
    })
    .await?;
    answer(
        lang,
        outcome,
        async || Ok(created(ActivityDto::of(&added.ok_or(AppError::NotFound)?, vec![]))),
        async || Ok(()),
    )
    .await
}

#[utoipa::path(put, path = "/api/v1/plans/{plan}/activities/{activity}", tag = "plans",
    params(("plan" = String, Path, description = "Plan id"), ("activity" = String, Path, description = "Activity id")),
    request_body = ActivityDto,
    responses((status = 200, body = ActivityDto), (status = 409, body = ErrorDto, description = "Changed by someone else; `current` holds their version"), (status = 422, body = ErrorDto)))]
/// Saves an activity with its impact analysis, strategies and needed resources.
pub(super) async fn update(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    json: Result<Json<ActivityDto>, JsonRejection>,
) -> AppResult<Response> {
    let b = crate::json::body(m.ctx.lang, json)?;
    let lang = m.ctx.lang;
    let plan = {
        let mut c = st.store.conn().await?;
        db::load_core(&mut c, m.org_id()).await?.ok_or(AppError::NotFound)?
    };
    let current = plan.activity(&id).cloned().ok_or(AppError::NotFound)?;
    let (d, bia, strategy) = b.drafts();
    let windows = plan.header.scale.windows_hours.len();
    let known = |r: &str| plan.resource(r).is_some();
    let (fields, needs) =
        match (activity::check_whole(&d, &bia, &strategy, windows), links::needs("resources", &b.resources, known)) {
            (Ok(f), Ok(n)) => (f, n),
            (f, n) => return Ok(validation_error(lang, &super::super::merge([f.err(), n.err()]))),
        };
    let mut updated = Activity { version: b.version, ..current.clone() };
    let (a, bi, s) = fields;
    a.apply(&mut updated);
    bi.apply(&mut updated);
    s.apply(&mut updated);
    let outcome = save_part(&st, &m, async |tx| {
        db::update_activity(tx, m.org_id(), &updated).await?;
        db::set_activity_resources(tx, m.org_id(), &id, &needs).await?;
        Change::new(AuditAction::ActivityUpdated, &updated.name).values(Some(&current), Some(&updated))
    })
    .await?;
    let reload = async || -> AppResult<ActivityDto> {
        let mut c = st.store.conn().await?;
        let p = db::load_core(&mut c, m.org_id()).await?.ok_or(AppError::NotFound)?;
        let a = p.activity(&id).ok_or(AppError::NotFound)?;
        Ok(ActivityDto::of(a, needs_of(&p, &id)))
    };
    answer(lang, outcome, async || Ok(Json(reload().await?).into_response()), reload).await
}

#[utoipa::path(delete, path = "/api/v1/plans/{plan}/activities/{activity}", tag = "plans",
    params(("plan" = String, Path, description = "Plan id"), ("activity" = String, Path, description = "Activity id")),
    responses((status = 204), (status = 404, body = ErrorDto), (status = 409, body = ErrorDto)))]
/// Removes an activity.
pub(super) async fn delete(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let outcome = save_part(&st, &m, async |tx| {
        let a = db::activity(tx, m.org_id(), &id).await?.ok_or(StoreError::NotFound)?;
        db::delete_activity(tx, m.org_id(), &id).await?;
        Change::new(AuditAction::ActivityDeleted, &a.name).values(Some(&a), None::<&()>)
    })
    .await?;
    answer(m.ctx.lang, outcome, async || Ok(StatusCode::NO_CONTENT.into_response()), async || Ok(())).await
}
