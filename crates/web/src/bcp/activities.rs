//! Step 2: the activities (services and processes), who owns them, and what they need.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::bia;
use weerbaar_core::bcp::edit::{activity, links};
use weerbaar_core::bcp::model::*;
use weerbaar_core::validation::Num;
use weerbaar_store::bcp as db;

use super::save::{Change, Outcome, save_part};
use super::*;
use crate::forms::{FormState, Pairs};
use crate::http::{render, see_other, see_other_with_flash};
use crate::page::{Edit, Member, Page, Read};

pub struct ActivityRow {
    pub id: String,
    pub department: String,
    pub name: String,
    pub owner: String,
    pub mtpd: String,
    pub priority: String,
    pub priority_class: &'static str,
    pub resources: usize,
}

#[derive(Template)]
#[template(path = "bcp/activities.html")]
struct ListPage {
    page: Page,
    steps: Vec<Step>,
    rows: Vec<ActivityRow>,
    form: FormState,
    can_edit: bool,
}

async fn list_view(
    st: &AppState,
    m: &Member<impl crate::page::OrgPermission>,
    form: FormState,
) -> AppResult<Result<ListPage, Response>> {
    let lang = m.ctx.lang;
    let mut c = st.store.conn().await?;
    let Some(plan) = db::load_core(&mut c, m.org_id()).await? else {
        return Ok(Err(see_other(&format!("/o/{}/plan", m.org.id))));
    };
    let rows = plan
        .activities
        .iter()
        .map(|a| {
            let ass = bia::assess(a, &plan.header.scale);
            ActivityRow {
                id: a.id.clone(),
                department: a.department.clone(),
                name: a.name.clone(),
                owner: a.owner.clone(),
                mtpd: ass.mtpd_hours.map(|h| hours_label(lang, h)).unwrap_or_else(|| "—".into()),
                priority: lang.t(&ass.priority.label_key()),
                priority_class: ass.priority.as_str(),
                resources: plan.activity_resources.iter().filter(|(x, _)| *x == a.id).count(),
            }
        })
        .collect();
    Ok(Ok(ListPage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "activities"),
        rows,
        form,
        can_edit: can_edit(m, &plan.header),
    }))
}

pub(super) async fn list(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    match list_view(&st, &m, FormState::new(m.ctx.lang)).await? {
        Ok(p) => render(&p),
        Err(r) => Ok(r),
    }
}

pub(super) async fn add(State(st): State<AppState>, m: Member<Edit>, f: Pairs) -> AppResult<Response> {
    let (name, department) = match activity::check_new(f.get("name"), f.get("department")) {
        Ok(v) => v,
        Err(errs) => {
            let form = f.shown(m.ctx.lang, &["name", "department"]).with_errors(errs);
            return match list_view(&st, &m, form).await? {
                Ok(p) => invalid(&p),
                Err(r) => Ok(r),
            };
        }
    };
    let back = format!("/o/{}/plan/activities", m.org.id);
    let mut added = None;
    let outcome = save_part(&st, &m, async |tx| {
        let h = db::header(tx, m.org_id()).await?.ok_or(weerbaar_store::StoreError::NotFound)?;
        let mut a = Activity::new(String::new(), 0, name, h.scale.windows_hours.len());
        a.department = department;
        let a = db::add_activity(tx, m.org_id(), &a).await?;
        let change = Change::new(AuditAction::ActivityCreated, &a.name)
            .values(None::<&()>, Some(&serde_json::json!({"name": a.name, "department": a.department})));
        added = Some(a.id);
        change
    })
    .await?;
    match (outcome, added) {
        (Outcome::Saved, Some(id)) => Ok(see_other_with_flash(
            &format!("/o/{}/plan/activities/{id}", m.org.id),
            "flash-activity-added",
            st.cfg.tls(),
        )),
        (outcome, _) => Ok(after_save(&st, outcome, &back)),
    }
}

/// A resource to tick on the activity page.
pub struct ResourceChoice {
    pub id: String,
    pub name: String,
    pub checked: bool,
}

pub struct KindGroup {
    pub label: String,
    pub items: Vec<ResourceChoice>,
}

#[derive(Template)]
#[template(path = "bcp/activity.html")]
struct EditPage {
    page: Page,
    steps: Vec<Step>,
    form: FormState,
    activity: Activity,
    groups: Vec<KindGroup>,
    can_edit: bool,
    conflict: Vec<ConflictRow>,
}

fn form_of(lang: crate::i18n::Lang, a: &Activity) -> FormState {
    FormState::new(lang)
        .value_of("department", &a.department)
        .value_of("name", &a.name)
        .value_of("description", &a.description)
        .value_of("owner", &a.owner)
        .value_of("deputy", &a.deputy)
        .value_of("legal_deadlines", &a.legal_deadlines)
        .value_of("peak_periods", &a.peak_periods)
        .value_of("min_staff", a.min_staff.map(|n| n.to_string()).unwrap_or_default())
        .value_of("min_workplaces", a.min_workplaces.map(|n| n.to_string()).unwrap_or_default())
}

fn groups(lang: crate::i18n::Lang, plan: &Plan, selected: &[String]) -> Vec<KindGroup> {
    ResourceKind::ALL
        .iter()
        .map(|k| KindGroup {
            label: lang.t(&k.label_key()),
            items: plan
                .resources
                .iter()
                .filter(|r| r.kind == *k)
                .map(|r| ResourceChoice { id: r.id.clone(), name: r.name.clone(), checked: selected.contains(&r.id) })
                .collect(),
        })
        .filter(|g| !g.items.is_empty())
        .collect()
}

pub(super) async fn edit(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let mut c = st.store.conn().await?;
    let Some(plan) = db::load_core(&mut c, m.org_id()).await? else {
        return Ok(see_other(&format!("/o/{}/plan", m.org.id)));
    };
    let a = plan.activity(&id).cloned().ok_or(AppError::NotFound)?;
    let selected: Vec<String> =
        plan.activity_resources.iter().filter(|(x, _)| *x == a.id).map(|(_, r)| r.clone()).collect();
    let lang = m.ctx.lang;
    render(&EditPage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "activities"),
        form: form_of(lang, &a),
        groups: groups(lang, &plan, &selected),
        can_edit: can_edit(&m, &plan.header),
        activity: a,
        conflict: vec![],
    })
}

const FIELDS: [&str; 9] = [
    "department",
    "name",
    "description",
    "owner",
    "deputy",
    "legal_deadlines",
    "peak_periods",
    "min_staff",
    "min_workplaces",
];

pub(super) async fn save(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let draft = activity::Draft {
        department: f.get("department").into(),
        name: f.get("name").into(),
        description: f.get("description").into(),
        owner: f.get("owner").into(),
        deputy: f.get("deputy").into(),
        legal_deadlines: f.get("legal_deadlines").into(),
        peak_periods: f.get("peak_periods").into(),
        min_staff: Num::text(f.get("min_staff")),
        min_workplaces: Num::text(f.get("min_workplaces")),
    };
    let selected = f.all("resource");
    let back = format!("/o/{}/plan/activities/{id}", m.org.id);
    let plan = {
        let mut c = st.store.conn().await?;
        db::load_core(&mut c, m.org_id()).await?.ok_or(AppError::NotFound)?
    };
    let current = plan.activity(&id).cloned().ok_or(AppError::NotFound)?;
    let show = |form: FormState, activity: Activity, conflict: Vec<ConflictRow>| EditPage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "activities"),
        form,
        groups: groups(lang, &plan, &selected),
        can_edit: can_edit(&m, &plan.header),
        activity,
        conflict,
    };
    let known = |r: &str| plan.resource(r).is_some();
    let checked = match (activity::check(&draft), links::needs("resource", &selected, known)) {
        (Ok(a), Ok(l)) => (a, l),
        (a, l) => {
            let errs = merge([a.err(), l.err()]);
            let a = Activity { version: f.version(), ..current };
            return invalid(&show(f.shown(lang, &FIELDS).with_errors(errs), a, vec![]));
        }
    };
    let (fields, needs) = checked;
    let mut updated = Activity { version: f.version(), ..current.clone() };
    fields.apply(&mut updated);
    let outcome = save_part(&st, &m, async |tx| {
        db::update_activity(tx, m.org_id(), &updated).await?;
        db::set_activity_resources(tx, m.org_id(), &id, &needs).await?;
        let names = |ids: &[String]| -> Vec<String> {
            ids.iter().filter_map(|i| plan.resource(i).map(|r| r.name.clone())).collect()
        };
        let before: Vec<String> =
            plan.activity_resources.iter().filter(|(a, _)| *a == id).map(|(_, r)| r.clone()).collect();
        let summary = |a: &Activity, res: &[String]| {
            serde_json::json!({"name": a.name, "department": a.department,
            "owner": a.owner, "deputy": a.deputy, "resources": names(res)})
        };
        Change::new(AuditAction::ActivityUpdated, &updated.name)
            .values(Some(&summary(&current, &before)), Some(&summary(&updated, &needs)))
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
            ("field-name", fresh.name.clone(), f.get("name").into()),
            ("bcp-field-department", fresh.department.clone(), f.get("department").into()),
            ("bcp-field-owner", fresh.owner.clone(), f.get("owner").into()),
            ("bcp-field-deputy", fresh.deputy.clone(), f.get("deputy").into()),
            ("bcp-field-description", fresh.description.clone(), f.get("description").into()),
        ],
    );
    let mut form = f.shown(lang, &FIELDS);
    form.add_general("conflict-explained");
    conflicted(&show(form, fresh, rows))
}

pub(super) async fn delete(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let back = format!("/o/{}/plan/activities", m.org.id);
    let outcome = save_part(&st, &m, async |tx| {
        let a = db::activity(tx, m.org_id(), &id).await?.ok_or(weerbaar_store::StoreError::NotFound)?;
        db::delete_activity(tx, m.org_id(), &id).await?;
        Change::new(AuditAction::ActivityDeleted, &a.name)
            .values(Some(&serde_json::json!({"name": a.name})), None::<&()>)
    })
    .await?;
    Ok(match outcome {
        Outcome::Saved => see_other_with_flash(&back, "flash-activity-deleted", st.cfg.tls()),
        o => after_save(&st, o, &back),
    })
}
