//! Step 5: how each activity keeps going: a manual workaround, another place, another
//! supplier, help from a neighbouring organisation, and catching up afterwards.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::bia;
use weerbaar_core::bcp::model::*;
use weerbaar_core::validation::FieldErrors;
use weerbaar_store::bcp as db;

use super::*;
use crate::forms::FormState;
use crate::http::{render, render_status, see_other, see_other_with_flash};
use crate::page::{Edit, Member, Page, Read};

pub struct StrategyRow {
    pub id: String,
    pub name: String,
    pub priority: String,
    pub priority_class: &'static str,
    pub steps: usize,
    pub critical: bool,
    pub missing: bool,
}

#[derive(Template)]
#[template(path = "bcp/strategies.html")]
struct ListPage {
    page: Page,
    steps: Vec<Step>,
    rows: Vec<StrategyRow>,
}

pub(super) async fn list(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let (h, acts) = {
        let mut c = st.store.conn().await?;
        let Some(h) = db::header(&mut c, m.org_id()).await? else {
            return Ok(see_other(&format!("/o/{}/plan", m.org.id)));
        };
        (h.clone(), db::activities(&mut c, m.org_id()).await?)
    };
    let mut rows: Vec<(bia::Priority, StrategyRow)> = acts
        .iter()
        .map(|a| {
            let ass = bia::assess(a, &h.scale);
            (
                ass.priority,
                StrategyRow {
                    id: a.id.clone(),
                    name: a.name.clone(),
                    priority: lang.t(&ass.priority.label_key()),
                    priority_class: ass.priority.as_str(),
                    steps: a.workaround.len(),
                    critical: ass.critical,
                    missing: ass.critical && a.workaround.is_empty(),
                },
            )
        })
        .collect();
    rows.sort_by_key(|(p, _)| *p);
    render(&ListPage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "strategies"),
        rows: rows.into_iter().map(|(_, r)| r).collect(),
    })
}

#[derive(Template)]
#[template(path = "bcp/strategy.html")]
struct EditPage {
    page: Page,
    steps: Vec<Step>,
    activity: Activity,
    form: FormState,
    can_edit: bool,
    conflict: Vec<ConflictRow>,
}

pub(super) async fn edit(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let h = match header_of(&st, &m).await? {
        Ok(h) => h,
        Err(r) => return Ok(r),
    };
    let mut c = st.store.conn().await?;
    let a = db::activity(&mut c, m.org_id(), &id).await?.ok_or(AppError::NotFound)?;
    let form = FormState::new(m.ctx.lang)
        .value_of("workaround", a.workaround.join("\n"))
        .value_of("alternate_location", &a.alternate_location)
        .value_of("alternate_supplier", &a.alternate_supplier)
        .value_of("mutual_aid", &a.mutual_aid)
        .value_of("paper_backlog", &a.paper_backlog);
    render(&EditPage {
        page: m.page("plan"),
        steps: steps(m.ctx.lang, &m.org.id, "strategies"),
        can_edit: can_edit(&m, &h),
        activity: a,
        form,
        conflict: vec![],
    })
}

pub(super) async fn save(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let get = |k: &str| f.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let mut errs = FieldErrors::new();
    let workaround = errs.check(lines("workaround", &get("workaround")));
    let alt_loc = errs.check(text("alternate_location", &get("alternate_location"), TEXT_MAX));
    let alt_sup = errs.check(text("alternate_supplier", &get("alternate_supplier"), TEXT_MAX));
    let aid = errs.check(text("mutual_aid", &get("mutual_aid"), TEXT_MAX));
    let backlog = errs.check(text("paper_backlog", &get("paper_backlog"), TEXT_MAX));
    let mut form = FormState::new(lang);
    for k in ["workaround", "alternate_location", "alternate_supplier", "mutual_aid", "paper_backlog"] {
        form.set(k, get(k));
    }
    let back = format!("/o/{}/plan/strategies/{id}", m.org.id);
    let mut tx = st.store.begin().await?;
    let h = db::header(&mut tx, m.org_id()).await?.ok_or(AppError::NotFound)?;
    let current = db::activity(&mut tx, m.org_id(), &id).await?.ok_or(AppError::NotFound)?;
    let version: i64 = get("version").parse().unwrap_or(0);
    let (Some(workaround), Some(alt_loc), Some(alt_sup), Some(aid), Some(backlog)) =
        (workaround, alt_loc, alt_sup, aid, backlog)
    else {
        tx.rollback().await?;
        let p = EditPage {
            page: m.page("plan"),
            steps: steps(lang, &m.org.id, "strategies"),
            can_edit: can_edit(&m, &h),
            activity: Activity { version, ..current },
            form: form.with_errors(errs),
            conflict: vec![],
        };
        return render_status(&p, StatusCode::UNPROCESSABLE_ENTITY);
    };
    if let Err(e) = db::begin_edit(&mut tx, m.org_id()).await {
        return edit_error(&st, &m, e, &back);
    }
    let updated = Activity {
        workaround,
        alternate_location: alt_loc,
        alternate_supplier: alt_sup,
        mutual_aid: aid,
        paper_backlog: backlog,
        version,
        ..current.clone()
    };
    match db::update_activity(&mut tx, m.org_id(), &updated).await {
        Ok(()) => {}
        Err(weerbaar_store::StoreError::Conflict) => {
            tx.rollback().await?;
            let rows = conflict_rows(
                lang,
                &[
                    ("bcp-field-workaround", current.workaround.join("\n"), get("workaround")),
                    ("bcp-field-alternate-location", current.alternate_location.clone(), get("alternate_location")),
                    ("bcp-field-mutual-aid", current.mutual_aid.clone(), get("mutual_aid")),
                    ("bcp-field-paper-backlog", current.paper_backlog.clone(), get("paper_backlog")),
                ],
            );
            form.add_general("conflict-explained");
            let p = EditPage {
                page: m.page("plan"),
                steps: steps(lang, &m.org.id, "strategies"),
                can_edit: can_edit(&m, &h),
                activity: current,
                form,
                conflict: rows,
            };
            return render_status(&p, StatusCode::CONFLICT);
        }
        Err(e) => return edit_error(&st, &m, e, &back),
    }
    let summary = |a: &Activity| {
        serde_json::json!({"workaround": a.workaround, "alternate_location": a.alternate_location, "alternate_supplier": a.alternate_supplier,
            "mutual_aid": a.mutual_aid, "paper_backlog": a.paper_backlog})
    };
    audit_edit(
        &mut tx,
        &m,
        AuditAction::ActivityUpdated,
        &current.name,
        Some(&summary(&current)),
        Some(&summary(&updated)),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&back, "flash-saved", st.cfg.tls()))
}
