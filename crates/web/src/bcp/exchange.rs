//! Export and import of a whole plan as JSON (docs/plan-format.md). Import checks the
//! whole document first and lists every problem with its path; it changes nothing unless
//! the document is entirely right.

use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::exchange::{self, Problem};
use weerbaar_core::id::new_row_id;
use weerbaar_store::bcp as db;

use super::*;
use crate::http::{render, render_status, see_other, see_other_with_flash};
use crate::i18n::Lang;
use crate::page::{ApprovePlan, Member, Page, Read};

pub const IMPORT_MAX_BYTES: usize = 16 * 1024 * 1024;

pub(super) async fn export_json(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    let mut c = st.store.conn().await?;
    let Some(plan) = db::load(&mut c, m.org_id()).await? else {
        return Ok(see_other(&format!("/o/{}/plan", m.org.id)));
    };
    let doc = serde_json::to_string_pretty(&exchange::export(&plan)).map_err(crate::http::internal)?;
    let name =
        format!("bcp-{}-{}.json", weerbaar_core::slug::slug_or(&m.org.profile.name, "plan"), plan.header.version_label);
    Ok((
        [
            (CONTENT_TYPE, "application/json".to_string()),
            (CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        doc,
    )
        .into_response())
}

pub struct ProblemView {
    pub path: String,
    pub message: String,
}

#[derive(Template)]
#[template(path = "bcp/import.html")]
struct ImportPage {
    page: Page,
    steps: Vec<Step>,
    has_plan: bool,
    can_import: bool,
    problems: Vec<ProblemView>,
    /// "The file contains 3 errors", or "at least 1,000" when the list was cut short.
    problems_heading: String,
    error: Option<String>,
}

pub fn problem_views(lang: Lang, problems: &[Problem]) -> Vec<ProblemView> {
    problems
        .iter()
        .map(|p| ProblemView { path: p.path.clone(), message: lang.t_args(&p.message_id(), &p.message_args()) })
        .collect()
}

/// The heading over the import's problems; the core stops counting at `MAX_PROBLEMS`.
pub fn problems_heading(lang: Lang, n: usize) -> String {
    let key = if n >= exchange::MAX_PROBLEMS { "bcp-import-problems-capped" } else { "bcp-import-problems" };
    lang.t_args(key, &[("count", n.to_string()), ("shown", lang.count(n))])
}

async fn view(
    st: &AppState,
    m: &Member<impl crate::page::OrgPermission>,
    problems: Vec<ProblemView>,
    error: Option<String>,
) -> AppResult<ImportPage> {
    let mut c = st.store.conn().await?;
    let has_plan = db::header(&mut c, m.org_id()).await?.is_some();
    Ok(ImportPage {
        page: m.page("plan"),
        steps: steps(m.ctx.lang, &m.org.id, ""),
        has_plan,
        can_import: weerbaar_core::role::org_allows(m.role, weerbaar_core::role::OrgAction::ApprovePlan),
        problems_heading: problems_heading(m.ctx.lang, problems.len()),
        problems,
        error,
    })
}

pub(super) async fn import_page(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    render(&view(&st, &m, vec![], None).await?)
}

/// Replaces the organisation's plan by an imported one, in one transaction.
pub async fn replace_plan<A: crate::page::OrgPermission>(
    st: &AppState,
    m: &Member<A>,
    plan: &weerbaar_core::bcp::model::Plan,
) -> AppResult<String> {
    let mut tx = st.store.begin().await?;
    let before = db::header(&mut tx, m.org_id()).await?;
    if before.as_ref().is_some_and(|h| weerbaar_core::bcp::workflow::is_locked(h.status)) {
        return Err(AppError::Conflict);
    }
    let id = db::replace(&mut tx, m.org_id(), plan).await?;
    audit_edit(
        &mut tx,
        m,
        AuditAction::PlanImported,
        &m.ctx.lang.t("bcp-title"),
        before.as_ref().map(|h| serde_json::json!({"version_label": h.version_label})).as_ref(),
        Some(&serde_json::json!({"version_label": plan.header.version_label, "activities": plan.activities.len(), "resources": plan.resources.len()})),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// [`parse_document`] on a blocking thread: a large document takes a while to check,
/// and the server's few async threads keep answering everyone else meanwhile.
pub async fn parse_document_apart(
    bytes: axum::body::Bytes,
) -> AppResult<Result<weerbaar_core::bcp::model::Plan, Vec<Problem>>> {
    tokio::task::spawn_blocking(move || parse_document(&bytes)).await.map_err(crate::http::internal)
}

/// Reads and checks an uploaded document by the builder's own rules: the plan it
/// describes, or every problem.
pub fn parse_document(bytes: &[u8]) -> Result<weerbaar_core::bcp::model::Plan, Vec<Problem>> {
    let v: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        vec![Problem {
            path: "$".into(),
            code: "not_json",
            detail: format!("{}:{}", e.line(), e.column()),
            args: vec![],
        }]
    })?;
    exchange::import(&v, &rules(), new_row_id(), new_row_id)
}

pub(super) async fn import(
    State(st): State<AppState>,
    m: Member<ApprovePlan>,
    mut mp: Multipart,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let mut bytes: Option<axum::body::Bytes> = None;
    let mut confirmed = false;
    // Too large says so, with the limit; anything else did not arrive whole.
    let failed = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            let max = (IMPORT_MAX_BYTES / (1024 * 1024)).to_string();
            (StatusCode::PAYLOAD_TOO_LARGE, lang.t_args("error-import-too-large", &[("max", max)]))
        } else {
            (StatusCode::UNPROCESSABLE_ENTITY, lang.t("error-upload-failed"))
        }
    };
    loop {
        let problem = match mp.next_field().await {
            Ok(Some(field)) => match field.name() {
                Some("file") => match field.bytes().await {
                    Ok(b) => {
                        bytes = Some(b);
                        None
                    }
                    Err(e) => Some(failed(e)),
                },
                Some("replace") => {
                    confirmed = field.text().await.is_ok_and(|t| t == "on");
                    None
                }
                _ => None,
            },
            Ok(None) => break,
            Err(e) => Some(failed(e)),
        };
        if let Some((status, message)) = problem {
            return render_status(&view(&st, &m, vec![], Some(message)).await?, status);
        }
    }
    let Some(bytes) = bytes.filter(|b| !b.is_empty()) else {
        return render_status(
            &view(&st, &m, vec![], Some(lang.t("error-upload-missing"))).await?,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let doc = match parse_document_apart(bytes).await? {
        Ok(d) => d,
        Err(problems) => {
            return render_status(
                &view(&st, &m, problem_views(lang, &problems), None).await?,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let has_plan = {
        let mut c = st.store.conn().await?;
        db::header(&mut c, m.org_id()).await?.is_some()
    };
    if has_plan && !confirmed {
        return render_status(
            &view(&st, &m, vec![], Some(lang.t("bcp-import-confirm-needed"))).await?,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    match replace_plan(&st, &m, &doc).await {
        Ok(_) => Ok(see_other_with_flash(&format!("/o/{}/plan", m.org.id), "flash-plan-imported", st.cfg.tls())),
        Err(AppError::Conflict) => {
            Ok(see_other_with_flash(&format!("/o/{}/plan/import", m.org.id), "flash-plan-locked", st.cfg.tls()))
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_short_problem_list_says_at_least() {
        assert_eq!(problems_heading(Lang::Nl, 3), "Het bestand bevat 3 fouten");
        assert_eq!(
            problems_heading(Lang::Nl, exchange::MAX_PROBLEMS),
            "Het bestand bevat minstens 1.000 fouten. De eerste 1.000 staan hieronder."
        );
        assert!(problems_heading(Lang::En, exchange::MAX_PROBLEMS).contains("at least 1,000"));
    }
}
