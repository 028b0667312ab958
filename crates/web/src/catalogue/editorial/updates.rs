//! A shipped release of a locally edited resource: shown as a difference, taken or dismissed.

use super::editor::Pairs;
use super::*;
use crate::http::{render, see_other_with_flash};
use crate::page::{ToolkitEditor, ToolkitReader};
use axum::extract::{Path, State};
use axum::response::Response;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::catalogue::diff::diff;
use weerbaar_core::catalogue::workflow::{self};
use weerbaar_store::editorial::{self};

pub(super) async fn update_page(
    State(st): State<AppState>,
    r: ToolkitReader,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let w = working(&st, &slug).await?;
    let lang = r.0.ctx.lang;
    let mut c = st.store.conn().await?;
    let (_, release) = editorial::update_waiting(&mut c, &w.id).await?.ok_or(AppError::NotFound)?;
    let page = r.0.page(&st, "toolkit").await?;
    render(&DiffPage {
        heading: lang.t("cat-update-heading"),
        slug,
        from_label: lang.t("cat-update-local"),
        to_label: lang.t("cat-update-release"),
        fields: diff_views(lang, diff(&w.document(), &release)),
        choose: workflow::may_edit(r.0.user.platform),
        page,
    })
}

pub(super) async fn update_choice(
    State(st): State<AppState>,
    e: ToolkitEditor,
    Path(slug): Path<String>,
    form: Pairs,
) -> AppResult<Response> {
    let s = e.0;
    let w = working(&st, &slug).await?;
    let mut tx = st.store.begin().await?;
    match form.get("choice") {
        "take" => {
            if !weerbaar_store::editorial::take_update(&mut tx, &w.id, &s.user.name).await? {
                return Err(AppError::NotFound);
            }
            log(&mut tx, &s, AuditAction::ToolkitUpdateTaken, &slug, None).await?;
        }
        "keep" => {
            editorial::dismiss_update(&mut tx, &w.id).await?;
            log(&mut tx, &s, AuditAction::ToolkitUpdateDismissed, &slug, None).await?;
        }
        _ => return Err(AppError::BadRequest("bad_request")),
    }
    tx.commit().await?;
    st.catalogue.changed();
    Ok(see_other_with_flash(&format!("/toolkit/edit/{slug}"), "flash-saved", st.cfg.tls()))
}
