//! Step 5: how each activity keeps going: a manual workaround, another place, another
//! supplier, help from a neighbouring organisation, and catching up afterwards.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::bia;
use weerbaar_core::bcp::edit::activity::{StrategyDraft, check_strategy};
use weerbaar_core::bcp::edit::split_lines;
use weerbaar_core::bcp::model::*;
use weerbaar_store::bcp as db;

use super::save::{Change, Outcome, save_part};
use super::*;
use crate::forms::{FormState, Pairs};
use crate::http::{render, see_other};
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

const FIELDS: [&str; 5] = ["workaround", "alternate_location", "alternate_supplier", "mutual_aid", "paper_backlog"];

pub(super) async fn save(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let draft = StrategyDraft {
        workaround: split_lines(f.get("workaround")),
        alternate_location: f.get("alternate_location").into(),
        alternate_supplier: f.get("alternate_supplier").into(),
        mutual_aid: f.get("mutual_aid").into(),
        paper_backlog: f.get("paper_backlog").into(),
    };
    let back = format!("/o/{}/plan/strategies/{id}", m.org.id);
    let (h, current) = {
        let mut c = st.store.conn().await?;
        let h = db::header(&mut c, m.org_id()).await?.ok_or(AppError::NotFound)?;
        (h, db::activity(&mut c, m.org_id(), &id).await?.ok_or(AppError::NotFound)?)
    };
    let page = |form: FormState, activity: Activity, conflict: Vec<ConflictRow>| EditPage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "strategies"),
        can_edit: can_edit(&m, &h),
        activity,
        form,
        conflict,
    };
    let checked = match check_strategy(&draft) {
        Ok(v) => v,
        Err(errs) => {
            let a = Activity { version: f.version(), ..current };
            return invalid(&page(f.shown(lang, &FIELDS).with_errors(errs), a, vec![]));
        }
    };
    let mut updated = Activity { version: f.version(), ..current.clone() };
    checked.apply(&mut updated);
    let outcome = save_part(&st, &m, async |tx| {
        db::update_activity(tx, m.org_id(), &updated).await?;
        let summary = |a: &Activity| {
            serde_json::json!({"workaround": a.workaround, "alternate_location": a.alternate_location,
                "alternate_supplier": a.alternate_supplier, "mutual_aid": a.mutual_aid, "paper_backlog": a.paper_backlog})
        };
        Change::new(AuditAction::ActivityUpdated, &current.name).values(Some(&summary(&current)), Some(&summary(&updated)))
    })
    .await?;
    if outcome != Outcome::Conflict {
        return Ok(after_save(&st, outcome, &back));
    }
    let fresh = {
        let mut c = st.store.conn().await?;
        db::activity(&mut c, m.org_id(), &id).await?.ok_or(AppError::NotFound)?
    };
    let rows = conflict_rows(
        lang,
        &[
            ("bcp-field-workaround", fresh.workaround.join("\n"), f.get("workaround").into()),
            ("bcp-field-alternate-location", fresh.alternate_location.clone(), f.get("alternate_location").into()),
            ("bcp-field-mutual-aid", fresh.mutual_aid.clone(), f.get("mutual_aid").into()),
            ("bcp-field-paper-backlog", fresh.paper_backlog.clone(), f.get("paper_backlog").into()),
        ],
    );
    let mut form = f.shown(lang, &FIELDS);
    form.add_general("conflict-explained");
    conflicted(&page(form, fresh, rows))
}
