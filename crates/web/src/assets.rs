//! Static files, embedded in the binary. URLs carry the version, so browsers may cache
//! them forever.

use axum::extract::Path;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};

use crate::error::AppError;
use crate::routes::Routes;

pub const FILES: &[(&str, &str, &[u8])] = &[
    ("app.css", "text/css; charset=utf-8", include_bytes!("../assets/app.css")),
    ("htmx.min.js", "text/javascript; charset=utf-8", include_bytes!("../assets/htmx.min.js")),
    ("app.js", "text/javascript; charset=utf-8", include_bytes!("../assets/app.js")),
    ("logo.svg", "image/svg+xml", include_bytes!("../assets/logo.svg")),
    // The findings CSV's template (docs/findings-csv.md).
    ("findings-template.csv", "text/csv; charset=utf-8", include_bytes!("../assets/findings-template.csv")),
];

pub fn routes() -> Routes {
    Routes::new().get("/static/{version}/{file}", asset).get("/favicon.ico", favicon).get("/robots.txt", robots)
}

async fn asset(Path((_version, file)): Path<(String, String)>) -> Result<Response, AppError> {
    let (_, ct, bytes) = FILES.iter().find(|(n, _, _)| *n == file).ok_or(AppError::NotFound)?;
    Ok(([(CONTENT_TYPE, *ct), (CACHE_CONTROL, "public, max-age=31536000, immutable")], *bytes).into_response())
}

async fn favicon() -> Response {
    (
        [(CONTENT_TYPE, "image/svg+xml"), (CACHE_CONTROL, "public, max-age=86400")],
        include_bytes!("../assets/logo.svg").as_slice(),
    )
        .into_response()
}

async fn robots() -> &'static str {
    "User-agent: *\nDisallow: /\n"
}
