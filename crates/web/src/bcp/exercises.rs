//! Step 9: exercises (tabletop, walk-through, restore test), their results and actions.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::edit::{exercise, split_lines};
use weerbaar_core::bcp::model::*;
use weerbaar_store::bcp as db;

use super::save::{Change, Outcome, save_part};
use super::*;
use crate::forms::{FormState, Pairs};
use crate::http::{render, see_other_with_flash};
use crate::i18n::Lang;
use crate::page::{Edit, Member, Page, Read};

pub struct ExerciseRow {
    pub id: String,
    pub title: String,
    pub kind: String,
    pub planned: String,
    pub done: String,
    pub actions: usize,
}

#[derive(Template)]
#[template(path = "bcp/exercises.html")]
struct ListPage {
    page: Page,
    steps: Vec<Step>,
    rows: Vec<ExerciseRow>,
    form: FormState,
    kinds: Vec<(String, String)>,
    scenarios: Vec<(String, String)>,
    can_edit: bool,
}

fn kinds(lang: Lang) -> Vec<(String, String)> {
    ExerciseKind::ALL.iter().map(|k| (k.as_str().to_string(), lang.t(&format!("exercise-{}", k.as_str())))).collect()
}

fn scenarios(lang: Lang) -> Vec<(String, String)> {
    let mut v = vec![(String::new(), "—".to_string())];
    v.extend(SCENARIOS.iter().map(|s| (s.to_string(), lang.t(&format!("scenario-{s}")))));
    v
}

async fn list_view(
    st: &AppState,
    m: &Member<impl crate::page::OrgPermission>,
    form: FormState,
) -> AppResult<Result<ListPage, Response>> {
    let lang = m.ctx.lang;
    let h = match header_of(st, m).await? {
        Ok(h) => h,
        Err(r) => return Ok(Err(r)),
    };
    let mut c = st.store.conn().await?;
    let dash = || "—".to_string();
    let rows = db::exercises(&mut c, m.org_id())
        .await?
        .into_iter()
        .map(|e| ExerciseRow {
            kind: lang.t(&format!("exercise-{}", e.kind.as_str())),
            planned: e.planned_on.map(|d| lang.day(d)).unwrap_or_else(dash),
            done: e.done_on.map(|d| lang.day(d)).unwrap_or_else(dash),
            actions: e.actions.len(),
            id: e.id,
            title: e.title,
        })
        .collect();
    Ok(Ok(ListPage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "exercises"),
        rows,
        form,
        kinds: kinds(lang),
        scenarios: scenarios(lang),
        can_edit: can_edit(m, &h),
    }))
}

pub(super) async fn list(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    match list_view(&st, &m, FormState::new(m.ctx.lang).value_of("kind", "tabletop")).await? {
        Ok(p) => render(&p),
        Err(r) => Ok(r),
    }
}

const FIELDS: [&str; 8] = ["kind", "title", "scenario", "planned_on", "done_on", "participants", "result", "actions"];

fn draft(f: &Pairs) -> exercise::Draft {
    exercise::Draft {
        kind: f.get("kind").into(),
        title: f.get("title").into(),
        scenario: f.get("scenario").into(),
        planned_on: f.get("planned_on").into(),
        done_on: f.get("done_on").into(),
        participants: f.get("participants").into(),
        result: f.get("result").into(),
        actions: split_lines(f.get("actions")),
    }
}

pub(super) async fn add(State(st): State<AppState>, m: Member<Edit>, f: Pairs) -> AppResult<Response> {
    let checked = match exercise::check(&draft(&f), &rules()) {
        Ok(v) => v,
        Err(errs) => {
            return match list_view(&st, &m, f.shown(m.ctx.lang, &FIELDS).with_errors(errs)).await? {
                Ok(p) => invalid(&p),
                Err(r) => Ok(r),
            };
        }
    };
    let back = format!("/o/{}/plan/exercises", m.org.id);
    let outcome = save_part(&st, &m, async |tx| {
        let e = db::add_exercise(tx, m.org_id(), &checked.into_exercise()).await?;
        Change::new(AuditAction::ExerciseCreated, &e.title).values(None::<&()>, Some(&e))
    })
    .await?;
    Ok(match outcome {
        Outcome::Saved => see_other_with_flash(&back, "flash-exercise-added", st.cfg.tls()),
        o => after_save(&st, o, &back),
    })
}

#[derive(Template)]
#[template(path = "bcp/exercise.html")]
struct EditPage {
    page: Page,
    steps: Vec<Step>,
    exercise: Exercise,
    form: FormState,
    kinds: Vec<(String, String)>,
    scenarios: Vec<(String, String)>,
    can_edit: bool,
    conflict: Vec<ConflictRow>,
}

fn form_of(lang: Lang, e: &Exercise) -> FormState {
    FormState::new(lang)
        .value_of("kind", e.kind.as_str())
        .value_of("title", &e.title)
        .value_of("scenario", &e.scenario)
        .value_of("planned_on", e.planned_on.map(|d| d.to_string()).unwrap_or_default())
        .value_of("done_on", e.done_on.map(|d| d.to_string()).unwrap_or_default())
        .value_of("participants", &e.participants)
        .value_of("result", &e.result)
        .value_of("actions", e.actions.join("\n"))
        .with_warnings(exercise::warnings(e.planned_on, e.done_on))
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
    let lang = m.ctx.lang;
    let mut c = st.store.conn().await?;
    let e = db::exercises(&mut c, m.org_id()).await?.into_iter().find(|e| e.id == id).ok_or(AppError::NotFound)?;
    render(&EditPage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "exercises"),
        form: form_of(lang, &e),
        kinds: kinds(lang),
        scenarios: scenarios(lang),
        can_edit: can_edit(&m, &h),
        exercise: e,
        conflict: vec![],
    })
}

pub(super) async fn save(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let back = format!("/o/{}/plan/exercises/{id}", m.org.id);
    let (h, current) = {
        let mut c = st.store.conn().await?;
        let h = db::header(&mut c, m.org_id()).await?.ok_or(AppError::NotFound)?;
        let e = db::exercises(&mut c, m.org_id()).await?.into_iter().find(|e| e.id == id).ok_or(AppError::NotFound)?;
        (h, e)
    };
    let page = |form: FormState, e: Exercise, conflict: Vec<ConflictRow>| EditPage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "exercises"),
        form,
        kinds: kinds(lang),
        scenarios: scenarios(lang),
        can_edit: can_edit(&m, &h),
        exercise: e,
        conflict,
    };
    let checked = match exercise::check(&draft(&f), &rules()) {
        Ok(v) => v,
        Err(errs) => {
            let e = Exercise { version: f.version(), ..current };
            return invalid(&page(f.shown(lang, &FIELDS).with_errors(errs), e, vec![]));
        }
    };
    let mut updated = Exercise { version: f.version(), ..current.clone() };
    checked.apply(&mut updated);
    let outcome = save_part(&st, &m, async |tx| {
        db::update_exercise(tx, m.org_id(), &updated).await?;
        Change::new(AuditAction::ExerciseUpdated, &updated.title).values(Some(&current), Some(&updated))
    })
    .await?;
    if outcome != Outcome::Conflict {
        return Ok(after_save(&st, outcome, &back));
    }
    let fresh = {
        let mut c = st.store.conn().await?;
        db::exercises(&mut c, m.org_id()).await?.into_iter().find(|e| e.id == id).ok_or(AppError::NotFound)?
    };
    let d = |x: Option<jiff::civil::Date>| x.map(|v| v.to_string()).unwrap_or_default();
    let rows = conflict_rows(
        lang,
        &[
            ("bcp-field-title", fresh.title.clone(), f.get("title").into()),
            ("bcp-field-planned-on", d(fresh.planned_on), f.get("planned_on").into()),
            ("bcp-field-done-on", d(fresh.done_on), f.get("done_on").into()),
            ("bcp-field-participants", fresh.participants.clone(), f.get("participants").into()),
            ("bcp-field-result", fresh.result.clone(), f.get("result").into()),
            ("bcp-field-actions", fresh.actions.join("\n"), f.get("actions").into()),
        ],
    );
    let mut form = f.shown(lang, &FIELDS);
    form.add_general("conflict-explained");
    conflicted(&page(form, fresh, rows))
}

pub(super) async fn delete(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let back = format!("/o/{}/plan/exercises", m.org.id);
    let outcome = save_part(&st, &m, async |tx| {
        let e = db::exercises(tx, m.org_id())
            .await?
            .into_iter()
            .find(|e| e.id == id)
            .ok_or(weerbaar_store::StoreError::NotFound)?;
        db::delete_exercise(tx, m.org_id(), &id).await?;
        Change::new(AuditAction::ExerciseDeleted, &e.title).values(Some(&e), None::<&()>)
    })
    .await?;
    Ok(match outcome {
        Outcome::Saved => see_other_with_flash(&back, "flash-exercise-deleted", st.cfg.tls()),
        o => after_save(&st, o, &back),
    })
}
