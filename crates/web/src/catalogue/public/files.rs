//! A resource's files, in byte ranges for video players.

use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};

use super::*;

/// The content type of an attachment, by its extension.
pub fn content_type_of(name: &str) -> &'static str {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odt" => "application/vnd.oasis.opendocument.text",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ods" => "application/vnd.oasis.opendocument.spreadsheet",
        "md" => "text/markdown; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "vtt" => "text/vtt; charset=utf-8",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        _ => "application/octet-stream",
    }
}

/// `attachment; filename=…` with a plain fallback and the UTF-8 name (RFC 6266).
pub fn disposition(name: &str, inline: bool) -> HeaderValue {
    let plain: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() || ".-_".contains(c) { c } else { '_' }).collect();
    let kind = if inline { "inline" } else { "attachment" };
    HeaderValue::from_str(&format!(
        "{kind}; filename=\"{plain}\"; filename*=UTF-8''{}",
        crate::page::urlencode(name).replace('+', "%20")
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("attachment"))
}

pub(super) async fn attachment(
    State(st): State<AppState>,
    ctx: RequestCtx,
    headers: HeaderMap,
    Path((slug, name)): Path<(String, String)>,
) -> AppResult<Response> {
    let (_, p) = find(&st, &ctx, &slug).await?;
    if !p.attachments.iter().any(|a| a.name == name) {
        return Err(AppError::NotFound);
    }
    let mut c = st.store.conn().await?;
    let data = db::attachment(&mut c, &p.id, &name).await?.ok_or(AppError::NotFound)?;
    drop(c);
    let ct = content_type_of(&name);
    let media = ct.starts_with("video/") || ct.starts_with("text/vtt");
    let mut resp = crate::catalogue::public::ranged(&headers, data, ct);
    resp.headers_mut().insert(CONTENT_DISPOSITION, disposition(&name, media));
    resp.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("private, max-age=300"));
    Ok(resp)
}

/// A whole body, or the part a `Range: bytes=…` header asks for (video players seek).
pub fn ranged(headers: &HeaderMap, data: Vec<u8>, ct: &'static str) -> Response {
    use axum::http::StatusCode;
    let len = data.len() as u64;
    let range = headers.get("range").and_then(|v| v.to_str().ok()).map(crate::ranges::parse);
    let mut resp = match range {
        None | Some(crate::ranges::Range::Ignore) => (StatusCode::OK, data).into_response(),
        Some(r) => match r.resolve(len) {
            Some((start, end)) => {
                let body = data[start as usize..=end as usize].to_vec();
                let mut resp = (StatusCode::PARTIAL_CONTENT, body).into_response();
                if let Ok(v) = HeaderValue::from_str(&format!("bytes {start}-{end}/{len}")) {
                    resp.headers_mut().insert("content-range", v);
                }
                resp
            }
            None => {
                let mut resp = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
                if let Ok(v) = HeaderValue::from_str(&format!("bytes */{len}")) {
                    resp.headers_mut().insert("content-range", v);
                }
                // A plain response so the error page middleware leaves it alone.
                resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
                return resp;
            }
        },
    };
    resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(ct));
    resp.headers_mut().insert("accept-ranges", HeaderValue::from_static("bytes"));
    resp
}
