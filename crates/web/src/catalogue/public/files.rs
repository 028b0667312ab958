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
    let ct = content_type_of(&name);
    let media = ct.starts_with("video/") || ct.starts_with("text/vtt");
    let mut resp = stored_file(&st, &headers, &p.id, &name, ct).await?;
    resp.headers_mut().insert(CONTENT_DISPOSITION, disposition(&name, media));
    resp.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("private, max-age=300"));
    Ok(resp)
}

/// How long a large download waits for a free place before the answer is "busy".
const DOWNLOAD_WAIT: std::time::Duration = std::time::Duration::from_secs(20);

/// A stored file, whole or the part a `Range: bytes=…` header asks for (video players
/// seek), streamed one stored chunk at a time: memory per download is one chunk, however
/// large the file or the range. Downloads of more than one chunk take a place from
/// `AppState::downloads`; when none is free within a while, the answer is 503 with
/// Retry-After.
pub async fn stored_file(
    st: &AppState,
    headers: &HeaderMap,
    resource_id: &str,
    name: &str,
    ct: &'static str,
) -> AppResult<Response> {
    use axum::http::StatusCode;
    use axum::http::header::{CONTENT_LENGTH, ETAG};
    use weerbaar_store::attachments::{self, CHUNK};
    let info = {
        let mut c = st.store.conn().await?;
        attachments::info(&mut c, resource_id, name).await?.ok_or(AppError::NotFound)?
    };
    let len = info.size;
    let range = headers.get("range").and_then(|v| v.to_str().ok()).map(crate::ranges::parse);
    let partial = range.is_some_and(|r| r != crate::ranges::Range::Ignore);
    let Some((start, end)) = range.unwrap_or(crate::ranges::Range::Ignore).resolve(len) else {
        if len == 0 && !partial {
            let mut resp = (StatusCode::OK, Vec::<u8>::new()).into_response();
            resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(ct));
            return Ok(resp);
        }
        let mut resp = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
        if let Ok(v) = HeaderValue::from_str(&format!("bytes */{len}")) {
            resp.headers_mut().insert("content-range", v);
        }
        // A plain response so the error page middleware leaves it alone.
        resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
        return Ok(resp);
    };
    let place = if end / CHUNK > start / CHUNK {
        match tokio::time::timeout(DOWNLOAD_WAIT, st.downloads.clone().acquire_owned()).await {
            Ok(Ok(p)) => Some(p),
            _ => return Err(AppError::Busy { retry_after_secs: 10 }),
        }
    } else {
        None
    };
    let store = st.store.clone();
    let (rid, file) = (resource_id.to_string(), name.to_string());
    // The place travels with the stream and is freed when the body is dropped: sent, or
    // the client went away.
    let body = futures_util::stream::unfold((Some(start / CHUNK), place), move |(seq, place)| {
        let (store, rid, file) = (store.clone(), rid.clone(), file.clone());
        async move {
            let seq = seq.filter(|s| *s <= end / CHUNK)?;
            // A connection per chunk: a slow reader holds no database connection.
            let read = async {
                let mut c = store.conn().await?;
                attachments::chunk(&mut c, &rid, &file, seq).await
            };
            let item = match read.await {
                Ok(Some(data)) => {
                    let (from, to) = attachments::span_of(data.len(), seq, start, end);
                    Ok(axum::body::Bytes::from(data).slice(from..to))
                }
                Ok(None) => Err(std::io::Error::other("file chunk missing")),
                Err(e) => Err(std::io::Error::other(e.to_string())),
            };
            let next = item.is_ok().then_some(seq + 1);
            Some((item, (next, place)))
        }
    });
    let mut resp = axum::body::Body::from_stream(body).into_response();
    if partial {
        *resp.status_mut() = StatusCode::PARTIAL_CONTENT;
        if let Ok(v) = HeaderValue::from_str(&format!("bytes {start}-{end}/{len}")) {
            resp.headers_mut().insert("content-range", v);
        }
    }
    let h = resp.headers_mut();
    h.insert(CONTENT_LENGTH, HeaderValue::from(end - start + 1));
    h.insert(CONTENT_TYPE, HeaderValue::from_static(ct));
    h.insert("accept-ranges", HeaderValue::from_static("bytes"));
    if let Ok(v) = HeaderValue::from_str(&format!("\"{}\"", info.sha256)) {
        h.insert(ETAG, v);
    }
    Ok(resp)
}
