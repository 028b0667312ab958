//! The organisation's home page. Later features add their cards here.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use weerbaar_core::role::Member as MemberRow;
use weerbaar_store::{audit, members};

use super::AuditRow;
use crate::AppState;
use crate::error::AppResult;
use crate::http::render;
use crate::page::{Member, Page, Read};

#[derive(Template)]
#[template(path = "org/dashboard.html")]
struct Dashboard {
    page: Page,
    members: Vec<MemberRow>,
    recent: Vec<AuditRow>,
}

pub(super) async fn page(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    let page = m.page("dashboard");
    let mut c = st.store.conn().await?;
    let list = members::list(&mut c, m.org_id()).await?;
    let recent = if page.can("audit") {
        super::audit_rows(m.ctx.lang, audit::recent(&mut c, m.org_id(), 10).await?)
    } else {
        vec![]
    };
    render(&Dashboard { page, members: list, recent })
}
