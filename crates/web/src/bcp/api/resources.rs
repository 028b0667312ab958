//! Resources through the API, checked by the builder's rules.

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::edit::{links, resource};
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
pub struct NewResourceDto {
    pub name: String,
    /// person, application, infrastructure, data, supplier, location
    pub kind: String,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct ResourceDto {
    #[serde(default)]
    pub id: String,
    #[serde(deserialize_with = "crate::json::integer")]
    pub version: i64,
    /// person, application, infrastructure, data, supplier, location
    pub kind: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub deputy: String,
    #[serde(default)]
    pub contract_ref: String,
    /// Hours, 0..8760.
    #[serde(default, deserialize_with = "crate::json::opt_integer")]
    pub sla_hours: Option<i64>,
    #[serde(default)]
    pub contact_24_7: String,
    #[serde(default, deserialize_with = "crate::json::opt_integer")]
    pub recovery_hours: Option<i64>,
    /// demonstrated, promised, estimated
    #[serde(default = "estimated")]
    pub recovery_basis: String,
    #[serde(default, deserialize_with = "crate::json::opt_integer")]
    pub backup_interval_hours: Option<i64>,
    /// none, online, offline, immutable
    #[serde(default = "none")]
    pub backup_type: String,
    /// YYYY-MM-DD, not after today.
    #[serde(default)]
    pub last_restore_test: Option<String>,
    /// Ids of the resources it needs.
    #[serde(default)]
    pub depends_on: Vec<String>,
}

fn estimated() -> String {
    Basis::Estimated.as_str().into()
}
fn none() -> String {
    BackupType::None.as_str().into()
}

impl ResourceDto {
    pub fn of(r: &Resource, deps: Vec<String>) -> ResourceDto {
        let n = |v: Option<u32>| v.map(i64::from);
        ResourceDto {
            id: r.id.clone(),
            version: r.version,
            kind: r.kind.as_str().into(),
            name: r.name.clone(),
            description: r.description.clone(),
            deputy: r.deputy.clone(),
            contract_ref: r.contract_ref.clone(),
            sla_hours: n(r.sla_hours),
            contact_24_7: r.contact_24_7.clone(),
            recovery_hours: n(r.recovery_hours),
            recovery_basis: r.recovery_basis.as_str().into(),
            backup_interval_hours: n(r.backup_interval_hours),
            backup_type: r.backup_type.as_str().into(),
            last_restore_test: r.last_restore_test.map(|d| d.to_string()),
            depends_on: deps,
        }
    }

    fn draft(&self) -> resource::Draft {
        resource::Draft {
            kind: self.kind.clone(),
            name: self.name.clone(),
            description: self.description.clone(),
            deputy: self.deputy.clone(),
            contract_ref: self.contract_ref.clone(),
            sla_hours: Num::from(self.sla_hours),
            contact_24_7: self.contact_24_7.clone(),
            recovery_hours: Num::from(self.recovery_hours),
            recovery_basis: self.recovery_basis.clone(),
            backup_interval_hours: Num::from(self.backup_interval_hours),
            backup_type: self.backup_type.clone(),
            last_restore_test: self.last_restore_test.clone().unwrap_or_default(),
        }
    }
}

fn deps_of(p: &Plan, id: &str) -> Vec<String> {
    p.resource_deps.iter().filter(|(x, _)| x == id).map(|(_, d)| d.clone()).collect()
}

#[utoipa::path(post, path = "/api/v1/plans/{plan}/resources", tag = "plans",
    params(("plan" = String, Path, description = "Plan id")),
    request_body = NewResourceDto,
    responses((status = 201, body = ResourceDto), (status = 422, body = ErrorDto), (status = 409, body = ErrorDto)))]
/// Adds a resource.
pub(super) async fn create(
    State(st): State<AppState>,
    m: Member<Edit>,
    json: Result<Json<NewResourceDto>, JsonRejection>,
) -> AppResult<Response> {
    let b = crate::json::body(m.ctx.lang, json)?;
    let lang = m.ctx.lang;
    let (kind, name) = match resource::check_new(&b.kind, &b.name) {
        Ok(v) => v,
        Err(errs) => return Ok(validation_error(lang, &errs)),
    };
    let mut added = None;
    let outcome = save_part(&st, &m, async |tx| {
        let r = db::add_resource(tx, m.org_id(), &Resource::new(String::new(), 0, kind, name)).await?;
        let change = Change::new(AuditAction::ResourceCreated, &r.name)
            .values(None::<&()>, Some(&serde_json::json!({"name": r.name, "kind": r.kind})));
        added = Some(r);
        change
    })
    .await?;
    answer(
        lang,
        outcome,
        async || Ok(created(ResourceDto::of(&added.ok_or(AppError::NotFound)?, vec![]))),
        async || Ok(()),
    )
    .await
}

#[utoipa::path(put, path = "/api/v1/plans/{plan}/resources/{resource}", tag = "plans",
    params(("plan" = String, Path, description = "Plan id"), ("resource" = String, Path, description = "Resource id")),
    request_body = ResourceDto,
    responses((status = 200, body = ResourceDto), (status = 409, body = ErrorDto, description = "Changed by someone else; `current` holds their version"), (status = 422, body = ErrorDto)))]
/// Saves a resource, its capability and what it depends on.
pub(super) async fn update(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    json: Result<Json<ResourceDto>, JsonRejection>,
) -> AppResult<Response> {
    let b = crate::json::body(m.ctx.lang, json)?;
    let lang = m.ctx.lang;
    let plan = {
        let mut c = st.store.conn().await?;
        db::load_core(&mut c, m.org_id()).await?.ok_or(AppError::NotFound)?
    };
    let current = plan.resource(&id).cloned().ok_or(AppError::NotFound)?;
    let known = |r: &str| plan.resource(r).is_some();
    let (fields, deps) = match (
        resource::check(&b.draft(), &super::super::rules()),
        links::depends_on("depends_on", &id, &b.depends_on, known),
    ) {
        (Ok(f), Ok(d)) => (f, d),
        (f, d) => return Ok(validation_error(lang, &super::super::merge([f.err(), d.err()]))),
    };
    let mut updated = Resource { version: b.version, ..current.clone() };
    fields.apply(&mut updated);
    let outcome = save_part(&st, &m, async |tx| {
        db::update_resource(tx, m.org_id(), &updated).await?;
        db::set_resource_deps(tx, m.org_id(), &id, &deps).await?;
        Change::new(AuditAction::ResourceUpdated, &updated.name).values(Some(&current), Some(&updated))
    })
    .await?;
    let reload = async || -> AppResult<ResourceDto> {
        let mut c = st.store.conn().await?;
        let p = db::load_core(&mut c, m.org_id()).await?.ok_or(AppError::NotFound)?;
        let r = p.resource(&id).ok_or(AppError::NotFound)?;
        Ok(ResourceDto::of(r, deps_of(&p, &id)))
    };
    answer(lang, outcome, async || Ok(Json(reload().await?).into_response()), reload).await
}

#[utoipa::path(delete, path = "/api/v1/plans/{plan}/resources/{resource}", tag = "plans",
    params(("plan" = String, Path, description = "Plan id"), ("resource" = String, Path, description = "Resource id")),
    responses((status = 204), (status = 404, body = ErrorDto), (status = 409, body = ErrorDto)))]
/// Removes a resource (and its links).
pub(super) async fn delete(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let outcome = save_part(&st, &m, async |tx| {
        let r = db::resource(tx, m.org_id(), &id).await?.ok_or(StoreError::NotFound)?;
        db::delete_resource(tx, m.org_id(), &id).await?;
        Change::new(AuditAction::ResourceDeleted, &r.name).values(Some(&r), None::<&()>)
    })
    .await?;
    answer(m.ctx.lang, outcome, async || Ok(StatusCode::NO_CONTENT.into_response()), async || Ok(())).await
}
