//! The plan API: read the whole plan, its checks and recovery order; create a plan from
//! the template; replace it by a document; write its parts. Every write goes through
//! the same rules (`core::bcp::edit`) and the same save path (`bcp::save`) as the builder.

mod activities;
mod plan;
mod resources;

use axum::Json;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::save::Outcome;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::json::{ErrorBody, error_json};
use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/api/v1/plans", plan::plans)
        .post("/api/v1/organisations/{org}/plan", plan::create)
        .get("/api/v1/plans/{plan}", plan::plan)
        .put("/api/v1/plans/{plan}", plan::update_header)
        .put_large("/api/v1/plans/{plan}/document", plan::replace, super::exchange::IMPORT_MAX_BYTES)
        .get("/api/v1/plans/{plan}/checks", plan::plan_checks)
        .get("/api/v1/plans/{plan}/recovery-order", plan::recovery_order)
        .post("/api/v1/plans/{plan}/activities", activities::create)
        .put("/api/v1/plans/{plan}/activities/{activity}", activities::update)
        .delete("/api/v1/plans/{plan}/activities/{activity}", activities::delete)
        .post("/api/v1/plans/{plan}/resources", resources::create)
        .put("/api/v1/plans/{plan}/resources/{resource}", resources::update)
        .delete("/api/v1/plans/{plan}/resources/{resource}", resources::delete)
}

fn locked(lang: Lang) -> Response {
    error_json(
        StatusCode::CONFLICT,
        ErrorBody { code: "plan_locked".into(), message: lang.t("flash-plan-locked"), fields: None, current: None },
    )
}

/// A conflict with what someone else saved, so the client can show both versions.
fn conflict_with(lang: Lang, current: &impl Serialize) -> AppResult<Response> {
    let current = serde_json::to_value(current).map_err(crate::http::internal)?;
    Ok(error_json(
        StatusCode::CONFLICT,
        ErrorBody {
            code: "conflict".into(),
            message: lang.t("error-page-conflict-text"),
            fields: None,
            current: Some(current),
        },
    ))
}

/// The answer to a save: `ok` when saved, 409 when locked or changed by someone else
/// (with `current()` as their version).
async fn answer<C: Serialize>(
    lang: Lang,
    outcome: Outcome,
    ok: impl AsyncFnOnce() -> AppResult<Response>,
    current: impl AsyncFnOnce() -> AppResult<C>,
) -> AppResult<Response> {
    match outcome {
        Outcome::Saved => ok().await,
        Outcome::Locked => Ok(locked(lang)),
        Outcome::Conflict => conflict_with(lang, &current().await?),
    }
}

fn created(v: impl Serialize) -> Response {
    (StatusCode::CREATED, Json(v)).into_response()
}

#[derive(utoipa::OpenApi)]
#[openapi(paths(
    plan::plans,
    plan::plan,
    plan::create,
    plan::update_header,
    plan::replace,
    plan::plan_checks,
    plan::recovery_order,
    activities::create,
    activities::update,
    activities::delete,
    resources::create,
    resources::update,
    resources::delete
))]
pub struct PlanApiDoc;
