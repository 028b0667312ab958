//! Files of a resource being edited: upload (type, size and content checked), read, delete.

use super::*;
use crate::forms::FormState;
use crate::http::{render_status, see_other_with_flash};
use crate::page::{ToolkitEditor, ToolkitReader};
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::catalogue::upload;
use weerbaar_core::validation::FieldError;
use weerbaar_store::editorial::{self};

/// Uploads may be this large (a video plus the form around it).
pub(super) const UPLOAD_BODY_MAX: usize = upload::VIDEO_MAX + 1024 * 1024;

pub(super) async fn upload_file(
    State(st): State<AppState>,
    e: ToolkitEditor,
    Path(slug): Path<String>,
    mut mp: Multipart,
) -> AppResult<Response> {
    let s = e.0;
    let w = working(&st, &slug).await?;
    let lang = s.ctx.lang;
    // A large upload is held in memory until it is checked and stored: a few at a time.
    let _place = match tokio::time::timeout(std::time::Duration::from_secs(60), st.uploads.acquire()).await {
        Ok(Ok(p)) => p,
        _ => return Err(AppError::Busy { retry_after_secs: 30 }),
    };
    let mut file: Option<(String, axum::body::Bytes)> = None;
    let mut problem: Option<upload::UploadError> = None;
    let mut failed = false;
    loop {
        let field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(_) => {
                failed = true;
                break;
            }
        };
        if field.name() != Some("file") {
            continue;
        }
        let name = field.file_name().unwrap_or("").to_string();
        match field.bytes().await {
            Ok(b) => file = Some((name, b)),
            Err(_) => problem = Some(upload::UploadError::TooLarge { max: upload::VIDEO_MAX }),
        }
    }
    let checked = match (file, problem, failed) {
        (_, Some(p), _) => Err(p),
        (_, _, true) => Err(upload::UploadError::Empty),
        (None, _, _) => Err(upload::UploadError::Empty),
        (Some((name, bytes)), _, _) => {
            upload::clean_name(&name).and_then(|n| upload::check(&n, &bytes).map(|_| (n, bytes)))
        }
    };
    let (name, bytes) = match checked {
        Ok(x) => x,
        Err(err) => {
            let max = match err {
                upload::UploadError::TooLarge { max } => max / 1024,
                _ => upload::FILE_MAX / 1024,
            };
            let f = FormState::new(lang).with_errors(FieldError::new("file", err.code()).arg("max", max).into());
            let p = detail_view(&st, &s, &w, FormState::new(lang), f).await?;
            return render_status(&p, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let mut tx = st.store.begin().await?;
    editorial::put_attachment(&mut tx, &w, &name, &bytes).await?;
    log(&mut tx, &s, AuditAction::ToolkitResourceUpdated, &slug, Some(serde_json::json!({"file": name}))).await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&format!("/toolkit/edit/{slug}#files"), "flash-saved", st.cfg.tls()))
}

pub(super) async fn working_file(
    State(st): State<AppState>,
    _r: ToolkitReader,
    headers: axum::http::HeaderMap,
    Path((slug, name)): Path<(String, String)>,
) -> AppResult<Response> {
    let w = working(&st, &slug).await?;
    if !w.attachments.iter().any(|a| a.name == name) {
        return Err(AppError::NotFound);
    }
    let ct = super::public::content_type_of(&name);
    let mut resp = super::public::stored_file(&st, &headers, &w.id, &name, ct).await?;
    resp.headers_mut()
        .insert(axum::http::header::CONTENT_DISPOSITION, super::public::disposition(&name, ct.starts_with("video/")));
    // A draft: no shared or lasting cache may keep it.
    resp.headers_mut()
        .insert(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("private, no-store"));
    Ok(resp)
}

pub(super) async fn delete_file(
    State(st): State<AppState>,
    e: ToolkitEditor,
    Path((slug, name)): Path<(String, String)>,
) -> AppResult<Response> {
    let w = working(&st, &slug).await?;
    let mut tx = st.store.begin().await?;
    if !editorial::delete_attachment(&mut tx, &w, &name).await? {
        return Err(AppError::NotFound);
    }
    log(&mut tx, &e.0, AuditAction::ToolkitResourceUpdated, &slug, Some(serde_json::json!({"deleted_file": name})))
        .await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&format!("/toolkit/edit/{slug}#files"), "flash-deleted", st.cfg.tls()))
}
