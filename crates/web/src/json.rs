//! What every JSON API answer shares: the error body (with field errors and, on a
//! conflict, the current version) and times. Used by every feature's API; the API
//! document is assembled in `api`.

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
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

/// A JSON body as the handler's type, or the answer to a body that is not: 413 when it
/// is larger than the limit, 415 without a JSON content type, otherwise 400
/// `invalid_json` naming the field that could not be read (`activities[2].rto_hours`).
pub fn body<T>(lang: Lang, r: Result<Json<T>, JsonRejection>) -> crate::error::AppResult<T> {
    use crate::error::AppError;
    let rejection = match r {
        Ok(Json(v)) => return Ok(v),
        Err(e) => e,
    };
    match rejection.status() {
        StatusCode::PAYLOAD_TOO_LARGE => return Err(AppError::TooLarge),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => return Err(AppError::UnsupportedMediaType),
        _ => {}
    }
    let fields = where_(&rejection).map(|(field, detail)| {
        vec![FieldErrorDto {
            field,
            code: "invalid_json".into(),
            message: lang.t_args("error-json-field", &[("detail", detail)]),
        }]
    });
    Err(AppError::Answer(Box::new(error_json(
        StatusCode::BAD_REQUEST,
        ErrorBody {
            code: "invalid_json".into(),
            message: lang.t("error-page-invalid_json-text"),
            fields,
            current: None,
        },
    ))))
}

/// The field a body could not be read at, and what was wrong there (serde's words).
fn where_(rejection: &JsonRejection) -> Option<(String, String)> {
    let mut source: Option<&dyn std::error::Error> = Some(rejection);
    while let Some(s) = source {
        if let Some(e) = s.downcast_ref::<serde_path_to_error::Error<serde_json::Error>>() {
            let inner = e.inner().to_string();
            let detail = inner.split(" at line ").next().unwrap_or(&inner).to_string();
            let mut path = e.path().to_string();
            // A missing field is reported at its parent: name the field itself.
            if let Some(name) = detail.strip_prefix("missing field `").and_then(|r| r.split('`').next()) {
                path = if path == "." { name.to_string() } else { format!("{path}.{name}") };
            }
            let path = if path == "." { String::new() } else { path };
            return Some((path, detail));
        }
        source = s.source();
    }
    None
}

/// A JSON integer as JSON Schema counts it: `5` and `5.0` alike. A number too large for
/// 64 bits is kept as the largest, so the rules can answer "at most …" for it; a
/// fraction or anything else is a malformed body.
pub fn integer<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    let n = serde_json::Number::deserialize(d)?;
    whole(&n).ok_or_else(|| serde::de::Error::custom("expected a whole number"))
}

/// A whole number that fits an i64 (a record's version): anything larger is refused,
/// not rounded down, as the API document's int64 says.
pub fn version<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    let n = serde_json::Number::deserialize(d)?;
    let fits = n.as_i64().or_else(|| n.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 9.2e18).map(|f| f as i64));
    fits.ok_or_else(|| serde::de::Error::custom("expected a whole number within int64"))
}

/// [`version`], or null.
pub fn opt_version<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    #[derive(Deserialize)]
    struct W(#[serde(deserialize_with = "version")] i64);
    Ok(Option::<W>::deserialize(d)?.map(|w| w.0))
}

/// A text that may come as null (dates: empty or null for none).
pub fn null_empty<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

/// [`integer`], or null.
pub fn opt_integer<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    match Option::<serde_json::Number>::deserialize(d)? {
        None => Ok(None),
        Some(n) => whole(&n).map(Some).ok_or_else(|| serde::de::Error::custom("expected a whole number")),
    }
}

/// A map of lists of [`integer`]s or nulls (an impact grid).
pub fn integer_lists<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<std::collections::BTreeMap<String, Vec<Option<i64>>>, D::Error> {
    let raw = std::collections::BTreeMap::<String, Vec<Option<serde_json::Number>>>::deserialize(d)?;
    raw.into_iter()
        .map(|(k, v)| {
            let levels = v
                .iter()
                .map(|n| match n {
                    None => Ok(None),
                    Some(n) => whole(n).map(Some).ok_or_else(|| serde::de::Error::custom("expected a whole number")),
                })
                .collect::<Result<Vec<_>, D::Error>>()?;
            Ok((k, levels))
        })
        .collect()
}

fn whole(n: &serde_json::Number) -> Option<i64> {
    if let Some(v) = n.as_i64() {
        return Some(v);
    }
    if n.as_u64().is_some() {
        return Some(i64::MAX);
    }
    let f = n.as_f64()?;
    if !f.is_finite() || f.fract() != 0.0 {
        return None;
    }
    Some(if f >= i64::MAX as f64 {
        i64::MAX
    } else if f <= i64::MIN as f64 {
        i64::MIN
    } else {
        f as i64
    })
}

#[cfg(test)]
mod tests {
    #[derive(serde::Deserialize)]
    struct T {
        #[serde(deserialize_with = "super::integer")]
        a: i64,
        #[serde(default, deserialize_with = "super::opt_integer")]
        b: Option<i64>,
    }

    #[test]
    fn whole_numbers_as_json_schema_counts_them() {
        let t: T = serde_json::from_str(r#"{"a": 5.0, "b": 99999999999999999999}"#).unwrap();
        assert_eq!((t.a, t.b), (5, Some(i64::MAX)));
        let t: T = serde_json::from_str(r#"{"a": -3, "b": null}"#).unwrap();
        assert_eq!((t.a, t.b), (-3, None));
        assert!(serde_json::from_str::<T>(r#"{"a": 1.5}"#).is_err());
        assert!(serde_json::from_str::<T>(r#"{"a": "1"}"#).is_err());
        let t: T = serde_json::from_str(r#"{"a": 1}"#).unwrap();
        assert_eq!(t.b, None);
    }
}
