//! Every kept version of a resource, readable and compared line by line.

use super::*;
use crate::http::render;
use crate::page::{Page, ToolkitReader};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;
use weerbaar_core::catalogue::diff::{Change, FieldDiff, diff};
use weerbaar_core::catalogue::load::Shipped;
use weerbaar_store::editorial::{self};

#[derive(Template)]
#[template(path = "catalogue/editorial_version.html")]
pub(super) struct VersionPage {
    page: Page,
    slug: String,
    label: String,
    note: String,
    by: String,
    when: String,
    texts: Vec<(String, &'static str, String, String)>,
}

pub(super) async fn version_page(
    State(st): State<AppState>,
    r: ToolkitReader,
    Path((slug, version)): Path<(String, String)>,
) -> AppResult<Response> {
    let w = working(&st, &slug).await?;
    let mut c = st.store.conn().await?;
    let v =
        editorial::versions(&mut c, &w.id).await?.into_iter().find(|v| v.id == version).ok_or(AppError::NotFound)?;
    let page = r.0.page(&st, "toolkit").await?;
    let lang = r.0.ctx.lang;
    render(&VersionPage {
        slug,
        label: v.label.clone(),
        note: v.change_note.clone(),
        by: v.published_by.clone(),
        when: page.datetime(&v.published_at),
        texts: v
            .document
            .texts
            .iter()
            .map(|(l, t)| {
                (lang_label(lang, *l), l.as_str(), t.title.clone(), markdown_html(&t.body, &lang.t("cat-table")))
            })
            .collect(),
        page,
    })
}

pub struct DiffView {
    pub heading: String,
    pub lang_attr: Option<&'static str>,
    pub lines: Vec<(&'static str, String)>,
}

pub(super) fn diff_views(lang: Lang, d: Vec<FieldDiff>) -> Vec<DiffView> {
    d.into_iter()
        .map(|f| DiffView {
            heading: match f.lang {
                Some(l) => format!("{} · {}", lang_label(lang, l), lang.t(&format!("cat-diff-{}", f.field))),
                None => lang.t("cat-diff-meta"),
            },
            lang_attr: f.lang.map(|l| l.as_str()),
            lines: f
                .lines
                .into_iter()
                .map(|l| {
                    let k = match l.change {
                        Change::Same => "same",
                        Change::Added => "added",
                        Change::Removed => "removed",
                    };
                    (k, l.text)
                })
                .collect(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "catalogue/editorial_diff.html")]
pub(super) struct DiffPage {
    pub(super) page: Page,
    pub(super) slug: String,
    pub(super) heading: String,
    pub(super) from_label: String,
    pub(super) to_label: String,
    pub(super) fields: Vec<DiffView>,
    /// On the update page: the choice between the release and the local version.
    pub(super) choose: bool,
}

#[derive(Deserialize)]
pub(super) struct DiffParams {
    from: Option<String>,
    to: Option<String>,
}

pub(super) async fn diff_page(
    State(st): State<AppState>,
    r: ToolkitReader,
    Path(slug): Path<String>,
    Query(q): Query<DiffParams>,
) -> AppResult<Response> {
    let w = working(&st, &slug).await?;
    let lang = r.0.ctx.lang;
    let mut c = st.store.conn().await?;
    let versions = editorial::versions(&mut c, &w.id).await?;
    let pick = |id: Option<&str>| -> Option<(String, Shipped)> {
        match id {
            None | Some("working") => Some((lang.t("cat-working-copy"), w.document())),
            Some(id) => versions.iter().find(|v| v.id == id).map(|v| (v.label.clone(), v.document.clone())),
        }
    };
    // Without parameters: the working copy against the latest published version.
    let from_id = q.from.as_deref().or(versions.first().map(|v| v.id.as_str()));
    let (from_label, from) = pick(from_id).ok_or(AppError::NotFound)?;
    let (to_label, to) = pick(q.to.as_deref()).ok_or(AppError::NotFound)?;
    let page = r.0.page(&st, "toolkit").await?;
    render(&DiffPage {
        heading: lang.t("cat-diff-heading"),
        slug,
        from_label,
        to_label,
        fields: diff_views(lang, diff(&from, &to)),
        choose: false,
        page,
    })
}
