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
    toolkit_overall: u32,
    toolkit_progress: Vec<crate::catalogue::adoption::ProgressView>,
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
    let recs = weerbaar_store::adoption::list(&mut c, m.org_id()).await?;
    drop(c);
    let l = st.catalogue.current(&st).await?;
    let (mut toolkit_progress, toolkit_overall) =
        crate::catalogue::adoption::progress(m.ctx.lang, &l, m.org_id(), &recs);
    // The topics with the most work left first.
    toolkit_progress.sort_by_key(|p| (p.percent, std::cmp::Reverse(p.applicable)));
    toolkit_progress.truncate(6);
    render(&Dashboard { page, members: list, recent, toolkit_overall, toolkit_progress })
}
