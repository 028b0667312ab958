//! Step 2: the activities (services and processes), who owns them, and what they need.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::bia;
use weerbaar_core::bcp::model::*;
use weerbaar_core::validation::{FieldErrors, required_line};
use weerbaar_store::bcp as db;

use super::*;
use crate::forms::FormState;
use crate::http::{render, render_status, see_other, see_other_with_flash};
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

pub(super) async fn add(
    State(st): State<AppState>,
    m: Member<Edit>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let get = |k: &str| f.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let mut errs = FieldErrors::new();
    let name = errs.check(required_line("name", &get("name"), LINE_MAX));
    let department = errs.check(text("department", &get("department"), LINE_MAX));
    let (Some(name), Some(department)) = (name, department) else {
        let form = FormState::new(m.ctx.lang)
            .value_of("name", get("name"))
            .value_of("department", get("department"))
            .with_errors(errs);
        return match list_view(&st, &m, form).await? {
            Ok(p) => render_status(&p, StatusCode::UNPROCESSABLE_ENTITY),
            Err(r) => Ok(r),
        };
    };
    let back = format!("/o/{}/plan/activities", m.org.id);
    let mut tx = st.store.begin().await?;
    let h = match db::begin_edit(&mut tx, m.org_id()).await {
        Ok(h) => h,
        Err(e) => return edit_error(&st, &m, e, &back),
    };
    let mut a = Activity::new(String::new(), 0, name, h.scale.windows_hours.len());
    a.department = department;
    let a = db::add_activity(&mut tx, m.org_id(), &a).await?;
    audit_edit(
        &mut tx,
        &m,
        AuditAction::ActivityCreated,
        &a.name,
        None::<&()>,
        Some(&serde_json::json!({"name": a.name, "department": a.department})),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&format!("/o/{}/plan/activities/{}", m.org.id, a.id), "flash-activity-added", st.cfg.tls()))
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

pub(super) async fn save(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let get = |k: &str| f.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let selected: Vec<String> = f.iter().filter(|(k, _)| k == "resource").map(|(_, v)| v.clone()).collect();
    let version: i64 = get("version").parse().unwrap_or(0);
    let mut errs = FieldErrors::new();
    let name = errs.check(required_line("name", &get("name"), LINE_MAX));
    let department = errs.check(text("department", &get("department"), LINE_MAX));
    let description = errs.check(text("description", &get("description"), TEXT_MAX));
    let owner = errs.check(text("owner", &get("owner"), LINE_MAX));
    let deputy = errs.check(text("deputy", &get("deputy"), LINE_MAX));
    let legal = errs.check(text("legal_deadlines", &get("legal_deadlines"), TEXT_MAX));
    let peak = errs.check(text("peak_periods", &get("peak_periods"), TEXT_MAX));
    let min_staff = errs.check(parse_count("min_staff", &get("min_staff")));
    let min_workplaces = errs.check(parse_count("min_workplaces", &get("min_workplaces")));
    let mut form = FormState::new(lang);
    for k in [
        "department",
        "name",
        "description",
        "owner",
        "deputy",
        "legal_deadlines",
        "peak_periods",
        "min_staff",
        "min_workplaces",
    ] {
        form.set(k, get(k));
    }
    let back = format!("/o/{}/plan/activities/{id}", m.org.id);
    let mut tx = st.store.begin().await?;
    let plan = db::load_core(&mut tx, m.org_id()).await?.ok_or(AppError::NotFound)?;
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
    let (
        Some(name),
        Some(department),
        Some(description),
        Some(owner),
        Some(deputy),
        Some(legal),
        Some(peak),
        Some(min_staff),
        Some(min_workplaces),
    ) = (name, department, description, owner, deputy, legal, peak, min_staff, min_workplaces)
    else {
        tx.rollback().await?;
        return render_status(
            &show(form.with_errors(errs), Activity { version, ..current }, vec![]),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    if let Err(e) = db::begin_edit(&mut tx, m.org_id()).await {
        return edit_error(&st, &m, e, &back);
    }
    let updated = Activity {
        department,
        name,
        description,
        owner,
        deputy,
        legal_deadlines: legal,
        peak_periods: peak,
        min_staff,
        min_workplaces,
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
                    ("field-name", current.name.clone(), get("name")),
                    ("bcp-field-department", current.department.clone(), get("department")),
                    ("bcp-field-owner", current.owner.clone(), get("owner")),
                    ("bcp-field-deputy", current.deputy.clone(), get("deputy")),
                    ("bcp-field-description", current.description.clone(), get("description")),
                ],
            );
            form.add_general("conflict-explained");
            return render_status(&show(form, current, rows), StatusCode::CONFLICT);
        }
        Err(e) => return edit_error(&st, &m, e, &back),
    }
    if let Err(e) = db::set_activity_resources(&mut tx, m.org_id(), &id, &selected).await {
        return edit_error(&st, &m, e, &back);
    }
    let before_res: Vec<String> = plan.resources_of(&id).iter().map(|r| r.name.clone()).collect();
    let after_res: Vec<String> =
        plan.resources.iter().filter(|r| selected.contains(&r.id)).map(|r| r.name.clone()).collect();
    let summary = |a: &Activity, res: &[String]| serde_json::json!({"name": a.name, "department": a.department, "owner": a.owner, "deputy": a.deputy, "resources": res});
    audit_edit(
        &mut tx,
        &m,
        AuditAction::ActivityUpdated,
        &updated.name,
        Some(&summary(&current, &before_res)),
        Some(&summary(&updated, &after_res)),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&back, "flash-saved", st.cfg.tls()))
}

pub(super) async fn delete(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let back = format!("/o/{}/plan/activities", m.org.id);
    let mut tx = st.store.begin().await?;
    let a = db::activity(&mut tx, m.org_id(), &id).await?.ok_or(AppError::NotFound)?;
    if let Err(e) = db::begin_edit(&mut tx, m.org_id()).await {
        return edit_error(&st, &m, e, &back);
    }
    db::delete_activity(&mut tx, m.org_id(), &id).await?;
    audit_edit(
        &mut tx,
        &m,
        AuditAction::ActivityDeleted,
        &a.name,
        Some(&serde_json::json!({"name": a.name})),
        None::<&()>,
    )
    .await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&back, "flash-activity-deleted", st.cfg.tls()))
}
