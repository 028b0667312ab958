//! The framework library for platform administrators: what is installed, and importing
//! a CISO Assistant library or an OSCAL catalog (a newer version of one replaces it,
//! keeping answers on requirements whose id stayed).

use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::Response;
use weerbaar_core::assessment::{FILE_MAX_BYTES, Format, Problem};
use weerbaar_store::assessments::frameworks;

use super::service::{self, Imported};
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::findings::finding::read_file;
use crate::findings::service::Actor;
use crate::http::{internal, render, render_status};
use crate::i18n::Lang;
use crate::page::{Page, PlatformAdmin};

#[derive(Template)]
#[template(path = "assessment/library.html")]
struct LibraryPage {
    page: Page,
    list: Vec<frameworks::Summary>,
    formats: Vec<(String, String)>,
    problems: Vec<String>,
    imported: Option<Imported>,
    max_mb: usize,
}

pub fn problem_text(lang: Lang, p: &Problem) -> String {
    let msg = lang.t_args(p.code, &[("detail", p.detail.clone())]);
    // "line 3, column 7" from the parsers, in the reader's language.
    let place = match p.place.strip_prefix("line ").and_then(|r| r.split_once(", column ")) {
        Some((l, c)) => lang.t_args("framework-place", &[("line", l.to_string()), ("column", c.to_string())]),
        None => p.place.clone(),
    };
    if place.is_empty() { msg } else { format!("{place}: {msg}") }
}

async fn view(
    st: &AppState,
    a: &PlatformAdmin,
    problems: Vec<String>,
    imported: Option<Imported>,
) -> AppResult<LibraryPage> {
    let mut c = st.store.conn().await?;
    let list = frameworks::list(&mut c).await?;
    Ok(LibraryPage {
        page: a.0.page(st, "admin").await?,
        list,
        formats: Format::ALL.iter().map(|f| (f.as_str().to_string(), f.label().to_string())).collect(),
        problems,
        imported,
        max_mb: FILE_MAX_BYTES / 1024 / 1024,
    })
}

pub(super) async fn page(State(st): State<AppState>, a: PlatformAdmin) -> AppResult<Response> {
    render(&view(&st, &a, vec![], None).await?)
}

pub fn actor_of_admin(a: &PlatformAdmin) -> Actor {
    Actor { id: Some(a.0.user.id.clone()), label: a.0.user.email.clone(), ip: a.0.ctx.ip.clone() }
}

pub(super) async fn import(
    State(st): State<AppState>,
    a: PlatformAdmin,
    mp: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> AppResult<Response> {
    let lang = a.0.ctx.lang;
    let mut mp = mp.map_err(|_| AppError::BadRequest("bad_request"))?;
    let _place = st.uploads.acquire().await.map_err(internal)?;
    let (fields, file) = read_file(&mut mp, "file", FILE_MAX_BYTES).await;
    let format = fields.iter().find(|(k, _)| k == "format").and_then(|(_, v)| Format::parse(v));
    let outcome = match (format, file) {
        (None, _) => Err(vec![lang.t("error-choose-option")]),
        (_, Err(code)) => Err(vec![lang.t_args(code, &[("max", (FILE_MAX_BYTES / 1024 / 1024).to_string())])]),
        (Some(f), Ok((_, bytes))) => {
            match service::import_framework(&st.store, &actor_of_admin(&a), f, &bytes).await? {
                Ok(i) => Ok(i),
                Err(p) => Err(p.iter().map(|p| problem_text(lang, p)).collect()),
            }
        }
    };
    match outcome {
        Ok(i) => render(&view(&st, &a, vec![], Some(i)).await?),
        Err(p) => render_status(&view(&st, &a, p, None).await?, StatusCode::UNPROCESSABLE_ENTITY),
    }
}
