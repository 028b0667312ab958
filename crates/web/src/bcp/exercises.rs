//! Step 9: exercises (tabletop, walk-through, restore test), their results and actions.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::model::*;
use weerbaar_core::validation::{FieldError, FieldErrors, required_line};
use weerbaar_store::bcp as db;

use super::*;
use crate::forms::FormState;
use crate::http::{render, render_status, see_other_with_flash};
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

struct Parsed {
    kind: ExerciseKind,
    title: String,
    scenario: String,
    planned_on: Option<jiff::civil::Date>,
    done_on: Option<jiff::civil::Date>,
    participants: String,
    result: String,
    actions: Vec<String>,
}

fn parse(get: &dyn Fn(&str) -> String) -> Result<Parsed, FieldErrors> {
    let mut errs = FieldErrors::new();
    let kind =
        errs.check(ExerciseKind::parse(&get("kind")).ok_or_else(|| FieldError::new("kind", "error-choose-option")));
    let title = errs.check(required_line("title", &get("title"), LINE_MAX));
    let scenario = get("scenario");
    if !scenario.is_empty() && !SCENARIOS.contains(&scenario.as_str()) {
        errs.push(FieldError::new("scenario", "error-choose-option"));
    }
    let planned_on = errs.check(parse_date("planned_on", &get("planned_on")));
    let done_on = errs.check(parse_date("done_on", &get("done_on")));
    if done_on.flatten().is_some_and(|d| d > super::overview::today()) {
        errs.push(FieldError::new("done_on", "error-date-future"));
    }
    let participants = errs.check(text("participants", &get("participants"), LINE_MAX));
    let result = errs.check(text("result", &get("result"), TEXT_MAX));
    let actions = errs.check(lines("actions", &get("actions")));
    match (kind, title, planned_on, done_on, participants, result, actions) {
        (Some(kind), Some(title), Some(planned_on), Some(done_on), Some(participants), Some(result), Some(actions))
            if errs.is_empty() =>
        {
            Ok(Parsed { kind, title, scenario, planned_on, done_on, participants, result, actions })
        }
        _ => Err(errs),
    }
}

const FIELDS: [&str; 8] = ["kind", "title", "scenario", "planned_on", "done_on", "participants", "result", "actions"];

pub(super) async fn add(
    State(st): State<AppState>,
    m: Member<Edit>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let get = |k: &str| f.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let p = match parse(&get) {
        Ok(p) => p,
        Err(errs) => {
            let mut form = FormState::new(m.ctx.lang);
            for k in FIELDS {
                form.set(k, get(k));
            }
            return match list_view(&st, &m, form.with_errors(errs)).await? {
                Ok(p) => render_status(&p, StatusCode::UNPROCESSABLE_ENTITY),
                Err(r) => Ok(r),
            };
        }
    };
    let back = format!("/o/{}/plan/exercises", m.org.id);
    let mut tx = st.store.begin().await?;
    if let Err(e) = db::begin_edit(&mut tx, m.org_id()).await {
        return edit_error(&st, &m, e, &back);
    }
    let e = db::add_exercise(
        &mut tx,
        m.org_id(),
        &Exercise {
            id: String::new(),
            position: 0,
            kind: p.kind,
            title: p.title,
            scenario: p.scenario,
            planned_on: p.planned_on,
            done_on: p.done_on,
            participants: p.participants,
            result: p.result,
            actions: p.actions,
            version: 1,
        },
    )
    .await?;
    audit_edit(&mut tx, &m, AuditAction::ExerciseCreated, &e.title, None::<&()>, Some(&e)).await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&back, "flash-exercise-added", st.cfg.tls()))
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
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let get = |k: &str| f.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let back = format!("/o/{}/plan/exercises/{id}", m.org.id);
    let mut tx = st.store.begin().await?;
    let h = db::header(&mut tx, m.org_id()).await?.ok_or(AppError::NotFound)?;
    let current =
        db::exercises(&mut tx, m.org_id()).await?.into_iter().find(|e| e.id == id).ok_or(AppError::NotFound)?;
    let version: i64 = get("version").parse().unwrap_or(0);
    let mut form = FormState::new(lang);
    for k in FIELDS {
        form.set(k, get(k));
    }
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
    let p = match parse(&get) {
        Ok(p) => p,
        Err(errs) => {
            tx.rollback().await?;
            return render_status(
                &page(form.with_errors(errs), Exercise { version, ..current }, vec![]),
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    if let Err(e) = db::begin_edit(&mut tx, m.org_id()).await {
        return edit_error(&st, &m, e, &back);
    }
    let updated = Exercise {
        kind: p.kind,
        title: p.title,
        scenario: p.scenario,
        planned_on: p.planned_on,
        done_on: p.done_on,
        participants: p.participants,
        result: p.result,
        actions: p.actions,
        version,
        ..current.clone()
    };
    match db::update_exercise(&mut tx, m.org_id(), &updated).await {
        Ok(()) => {}
        Err(weerbaar_store::StoreError::Conflict) => {
            tx.rollback().await?;
            let d = |x: Option<jiff::civil::Date>| x.map(|v| v.to_string()).unwrap_or_default();
            let rows = conflict_rows(
                lang,
                &[
                    ("bcp-field-title", current.title.clone(), get("title")),
                    ("bcp-field-planned-on", d(current.planned_on), get("planned_on")),
                    ("bcp-field-done-on", d(current.done_on), get("done_on")),
                    ("bcp-field-participants", current.participants.clone(), get("participants")),
                    ("bcp-field-result", current.result.clone(), get("result")),
                    ("bcp-field-actions", current.actions.join("\n"), get("actions")),
                ],
            );
            form.add_general("conflict-explained");
            return render_status(&page(form, current, rows), StatusCode::CONFLICT);
        }
        Err(e) => return edit_error(&st, &m, e, &back),
    }
    audit_edit(&mut tx, &m, AuditAction::ExerciseUpdated, &updated.title, Some(&current), Some(&updated)).await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&back, "flash-saved", st.cfg.tls()))
}

pub(super) async fn delete(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let back = format!("/o/{}/plan/exercises", m.org.id);
    let mut tx = st.store.begin().await?;
    let e = db::exercises(&mut tx, m.org_id()).await?.into_iter().find(|e| e.id == id).ok_or(AppError::NotFound)?;
    if let Err(err) = db::begin_edit(&mut tx, m.org_id()).await {
        return edit_error(&st, &m, err, &back);
    }
    db::delete_exercise(&mut tx, m.org_id(), &id).await?;
    audit_edit(&mut tx, &m, AuditAction::ExerciseDeleted, &e.title, Some(&e), None::<&()>).await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&back, "flash-exercise-deleted", st.cfg.tls()))
}
