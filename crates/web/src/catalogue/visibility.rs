//! The installation's toolkit setting: published resources readable by everyone (the
//! default: a public toolkit helps every municipality) or by signed-in people only.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_store::{audit, settings};

use super::editor::Pairs;
use super::*;
use crate::http::{render, see_other_with_flash};
use crate::page::{Page, PlatformAdmin};

pub fn routes() -> Routes {
    Routes::new().get("/admin/toolkit", page).post("/admin/toolkit", save)
}

#[derive(Template)]
#[template(path = "admin/toolkit.html")]
struct SettingsPage {
    page: Page,
    public: bool,
}

async fn page(State(st): State<AppState>, a: PlatformAdmin) -> AppResult<Response> {
    let l = st.catalogue.current(&st).await?;
    render(&SettingsPage { page: a.0.page(&st, "admin").await?, public: l.public })
}

async fn save(State(st): State<AppState>, a: PlatformAdmin, form: Pairs) -> AppResult<Response> {
    let s = a.0;
    let public = form.get("public") == "on";
    let mut tx = st.store.begin().await?;
    settings::set(&mut tx, PUBLIC_SETTING, if public { "true" } else { "false" }).await?;
    weerbaar_store::catalogue::touch(&mut tx).await?;
    audit::append(
        &mut tx,
        &NewAuditEntry::new(AuditAction::ToolkitVisibilityChanged, Some(s.user.id.clone()), s.user.email.clone())
            .change(None, Some(serde_json::json!({"public": public})))
            .ip(s.ctx.ip.clone()),
    )
    .await?;
    tx.commit().await?;
    st.catalogue.changed();
    Ok(see_other_with_flash("/admin/toolkit", "flash-saved", st.cfg.tls()))
}
