//! Errors a handler can return. They become a status code plus a marker; the
//! `error_pages` middleware turns the marker into a page (or JSON for the API) in the
//! user's language, so nothing internal ever reaches the client.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use weerbaar_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// Signed in, but not allowed.
    #[error("forbidden")]
    Forbidden,
    /// Not signed in (HTML: redirect to the sign-in page).
    #[error("sign-in required")]
    SignInRequired,
    /// The organisation requires a second factor the person has not set up.
    #[error("second factor required")]
    MfaSetupRequired,
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    #[error("conflict")]
    Conflict,
    #[error("too many requests")]
    TooManyRequests { retry_after_secs: i64 },
    /// Every place for this work is taken and stayed taken for a while (document renders).
    #[error("busy")]
    Busy { retry_after_secs: i64 },
    #[error("CSRF check failed")]
    Csrf,
    /// A change asked with a token that may only read.
    #[error("read-only token")]
    ReadOnlyToken,
    /// The body is larger than this request may be.
    #[error("body too large")]
    TooLarge,
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// An answer made in full by the handler's helpers (a JSON error naming the field).
    #[error("answered")]
    Answer(Box<Response>),
    #[error("internal error: {0}")]
    Internal(String),
}

/// What the error page middleware needs to render the right page.
#[derive(Debug, Clone)]
pub struct ErrorMarker {
    pub code: &'static str,
    pub retry_after_secs: Option<i64>,
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::Csrf | AppError::MfaSetupRequired | AppError::ReadOnlyToken => {
                StatusCode::FORBIDDEN
            }
            AppError::SignInRequired => StatusCode::UNAUTHORIZED,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Conflict => StatusCode::CONFLICT,
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::Answer(r) => r.status(),
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Stable code for the JSON API; also names the i18n message `error-page-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not_found",
            AppError::Forbidden => "forbidden",
            AppError::SignInRequired => "unauthenticated",
            AppError::MfaSetupRequired => "mfa_required",
            AppError::BadRequest(c) => c,
            AppError::Conflict => "conflict",
            AppError::TooManyRequests { .. } => "too_many_requests",
            AppError::Busy { .. } => "busy",
            AppError::Csrf => "csrf",
            AppError::ReadOnlyToken => "token_read_only",
            AppError::TooLarge => "too_large",
            AppError::UnsupportedMediaType => "unsupported_media_type",
            AppError::Answer(_) => "answered",
            AppError::Internal(_) => "internal",
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => AppError::NotFound,
            StoreError::Conflict => AppError::Conflict,
            StoreError::Duplicate(_) => AppError::BadRequest("duplicate"),
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Internal(format!("template: {e}"))
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(detail) = &self {
            tracing::error!(error = %detail, "request failed");
        }
        if let AppError::Answer(r) = self {
            return *r;
        }
        let mut r = self.status().into_response();
        r.extensions_mut().insert(ErrorMarker {
            code: self.code(),
            retry_after_secs: match self {
                AppError::TooManyRequests { retry_after_secs } | AppError::Busy { retry_after_secs } => {
                    Some(retry_after_secs)
                }
                _ => None,
            },
        });
        r
    }
}

pub type AppResult<T> = Result<T, AppError>;
