//! What every JSON API answer shares: the error body (with field errors and, on a
//! conflict, the current version) and times. Used by every feature's API; the API
//! document is assembled in `api`.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;
use weerbaar_core::validation::FieldErrors;

use crate::i18n::Lang;

/// RFC 3339 time from stored milliseconds.
pub fn ts(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms).map(|t| t.to_string()).unwrap_or_default()
}

#[derive(Serialize, ToSchema)]
pub struct FieldErrorDto {
    pub field: String,
    pub code: String,
    pub message: String,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    /// Stable machine-readable code, e.g. not_found, forbidden, validation, conflict.
    pub code: String,
    /// The message in the caller's language.
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<FieldErrorDto>>,
    /// On a conflict: what someone else saved, in the same shape as a successful answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub current: Option<serde_json::Value>,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDto {
    pub error: ErrorBody,
}

pub fn error_json(status: StatusCode, body: ErrorBody) -> Response {
    (status, Json(ErrorDto { error: body })).into_response()
}

pub fn validation_error(lang: Lang, errs: &FieldErrors) -> Response {
    let fields = errs
        .iter()
        .map(|e| FieldErrorDto { field: e.field.to_string(), code: e.code.to_string(), message: lang.field_error(e) })
        .collect();
    error_json(
        StatusCode::UNPROCESSABLE_ENTITY,
        ErrorBody {
            code: "validation".into(),
            message: lang.t("error-page-validation-text"),
            fields: Some(fields),
            current: None,
        },
    )
}
