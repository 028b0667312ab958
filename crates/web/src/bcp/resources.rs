//! Step 4: resources (people, applications, infrastructure, data, suppliers, locations),
//! what each actually achieves, and what each depends on.

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
use crate::http::{render, render_status, see_other, see_other_with_flash};
use crate::i18n::Lang;
use crate::page::{Edit, Member, Page, Read};

pub struct ResourceRow {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub recovery: String,
    pub backup: String,
    pub restore: String,
    pub used_by: usize,
}

#[derive(Template)]
#[template(path = "bcp/resources.html")]
struct ListPage {
    page: Page,
    steps: Vec<Step>,
    rows: Vec<ResourceRow>,
    form: FormState,
    kinds: Vec<(String, String)>,
    can_edit: bool,
}

pub fn kind_options(lang: Lang) -> Vec<(String, String)> {
    ResourceKind::ALL.iter().map(|k| (k.as_str().to_string(), lang.t(&k.label_key()))).collect()
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
    let dash = || "—".to_string();
    let rows = plan
        .resources
        .iter()
        .map(|r| ResourceRow {
            id: r.id.clone(),
            name: r.name.clone(),
            kind: lang.t(&r.kind.label_key()),
            recovery: r.recovery_hours.map(|h| hours_label(lang, h)).unwrap_or_else(|| lang.t("bcp-unknown")),
            backup: if r.kind.holds_data() { lang.t(&format!("backup-{}", r.backup_type.as_str())) } else { dash() },
            restore: r.last_restore_test.map(|d| lang.day(d)).unwrap_or_else(dash),
            used_by: plan.activity_resources.iter().filter(|(_, x)| *x == r.id).count(),
        })
        .collect();
    Ok(Ok(ListPage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "resources"),
        rows,
        form,
        kinds: kind_options(lang),
        can_edit: can_edit(m, &plan.header),
    }))
}

pub(super) async fn list(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    match list_view(&st, &m, FormState::new(m.ctx.lang).value_of("kind", "application")).await? {
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
    let kind =
        errs.check(ResourceKind::parse(&get("kind")).ok_or_else(|| FieldError::new("kind", "error-choose-option")));
    let (Some(name), Some(kind)) = (name, kind) else {
        let form =
            FormState::new(m.ctx.lang).value_of("name", get("name")).value_of("kind", get("kind")).with_errors(errs);
        return match list_view(&st, &m, form).await? {
            Ok(p) => render_status(&p, StatusCode::UNPROCESSABLE_ENTITY),
            Err(r) => Ok(r),
        };
    };
    let back = format!("/o/{}/plan/resources", m.org.id);
    let mut tx = st.store.begin().await?;
    if let Err(e) = db::begin_edit(&mut tx, m.org_id()).await {
        return edit_error(&st, &m, e, &back);
    }
    let r = db::add_resource(&mut tx, m.org_id(), &Resource::new(String::new(), 0, kind, name)).await?;
    audit_edit(
        &mut tx,
        &m,
        AuditAction::ResourceCreated,
        &r.name,
        None::<&()>,
        Some(&serde_json::json!({"name": r.name, "kind": r.kind})),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&format!("/o/{}/plan/resources/{}", m.org.id, r.id), "flash-resource-added", st.cfg.tls()))
}

pub struct DepChoice {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "bcp/resource.html")]
struct EditPage {
    page: Page,
    steps: Vec<Step>,
    form: FormState,
    resource: Resource,
    kinds: Vec<(String, String)>,
    backups: Vec<(String, String)>,
    bases: Vec<(String, String)>,
    deps: Vec<DepChoice>,
    used_by: Vec<(String, String)>,
    typical: String,
    can_edit: bool,
    conflict: Vec<ConflictRow>,
}

fn form_of(lang: Lang, r: &Resource) -> FormState {
    let opt = |v: Option<u32>| v.map(|x| x.to_string()).unwrap_or_default();
    FormState::new(lang)
        .value_of("name", &r.name)
        .value_of("kind", r.kind.as_str())
        .value_of("description", &r.description)
        .value_of("deputy", &r.deputy)
        .value_of("contract_ref", &r.contract_ref)
        .value_of("sla_hours", opt(r.sla_hours))
        .value_of("contact_24_7", &r.contact_24_7)
        .value_of("recovery_hours", opt(r.recovery_hours))
        .value_of("recovery_basis", r.recovery_basis.as_str())
        .value_of("backup_interval_hours", opt(r.backup_interval_hours))
        .value_of("backup_type", r.backup_type.as_str())
        .value_of("last_restore_test", r.last_restore_test.map(|d| d.to_string()).unwrap_or_default())
}

fn edit_view(
    m: &Member<impl crate::page::OrgPermission>,
    plan: &Plan,
    r: Resource,
    form: FormState,
    selected: &[String],
    conflict: Vec<ConflictRow>,
) -> EditPage {
    let lang = m.ctx.lang;
    let typical = r
        .template_key
        .as_deref()
        .and_then(|k| {
            weerbaar_content::bcp_template().ok().and_then(|t| t.resource(k)).map(|t| t.typical_recovery_hours)
        })
        .map(|h| lang.t_args("bcp-typical-recovery", &[("hours", hours_label(lang, h))]))
        .unwrap_or_default();
    EditPage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "resources"),
        form,
        kinds: kind_options(lang),
        backups: BackupType::ALL
            .iter()
            .map(|b| (b.as_str().to_string(), lang.t(&format!("backup-{}", b.as_str()))))
            .collect(),
        bases: Basis::ALL.iter().map(|b| (b.as_str().to_string(), lang.t(&format!("basis-{}", b.as_str())))).collect(),
        deps: plan
            .resources
            .iter()
            .filter(|x| x.id != r.id)
            .map(|x| DepChoice {
                id: x.id.clone(),
                name: x.name.clone(),
                kind: lang.t(&x.kind.label_key()),
                checked: selected.contains(&x.id),
            })
            .collect(),
        used_by: plan
            .activity_resources
            .iter()
            .filter(|(_, x)| *x == r.id)
            .filter_map(|(a, _)| plan.activity(a).map(|a| (a.id.clone(), a.name.clone())))
            .collect(),
        typical,
        can_edit: can_edit(m, &plan.header),
        resource: r,
        conflict,
    }
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
    let r = plan.resource(&id).cloned().ok_or(AppError::NotFound)?;
    let selected: Vec<String> = plan.resource_deps.iter().filter(|(x, _)| *x == r.id).map(|(_, d)| d.clone()).collect();
    let form = form_of(m.ctx.lang, &r);
    render(&edit_view(&m, &plan, r, form, &selected, vec![]))
}

pub(super) async fn save(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let get = |k: &str| f.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let selected: Vec<String> = f.iter().filter(|(k, _)| k == "depends_on").map(|(_, v)| v.clone()).collect();
    let mut errs = FieldErrors::new();
    let name = errs.check(required_line("name", &get("name"), LINE_MAX));
    let kind =
        errs.check(ResourceKind::parse(&get("kind")).ok_or_else(|| FieldError::new("kind", "error-choose-option")));
    let description = errs.check(text("description", &get("description"), TEXT_MAX));
    let deputy = errs.check(text("deputy", &get("deputy"), LINE_MAX));
    let contract_ref = errs.check(text("contract_ref", &get("contract_ref"), LINE_MAX));
    let sla = errs.check(parse_hours("sla_hours", &get("sla_hours")));
    let contact = errs.check(text("contact_24_7", &get("contact_24_7"), LINE_MAX));
    let recovery = errs.check(parse_hours("recovery_hours", &get("recovery_hours")));
    let basis = errs.check(
        Basis::parse(&get("recovery_basis")).ok_or_else(|| FieldError::new("recovery_basis", "error-choose-option")),
    );
    let interval = errs.check(parse_hours("backup_interval_hours", &get("backup_interval_hours")));
    let backup = errs.check(
        BackupType::parse(&get("backup_type")).ok_or_else(|| FieldError::new("backup_type", "error-choose-option")),
    );
    let restore = errs.check(parse_date("last_restore_test", &get("last_restore_test")));
    if restore.flatten().is_some_and(|d| d > super::overview::today()) {
        errs.push(FieldError::new("last_restore_test", "error-date-future"));
    }
    let mut form = FormState::new(lang);
    for k in [
        "name",
        "kind",
        "description",
        "deputy",
        "contract_ref",
        "sla_hours",
        "contact_24_7",
        "recovery_hours",
        "recovery_basis",
        "backup_interval_hours",
        "backup_type",
        "last_restore_test",
    ] {
        form.set(k, get(k));
    }
    let back = format!("/o/{}/plan/resources/{id}", m.org.id);
    let mut tx = st.store.begin().await?;
    let plan = db::load_core(&mut tx, m.org_id()).await?.ok_or(AppError::NotFound)?;
    let current = plan.resource(&id).cloned().ok_or(AppError::NotFound)?;
    let version: i64 = get("version").parse().unwrap_or(0);
    let all = (name, kind, description, deputy, contract_ref, sla, contact, recovery, basis, interval, backup, restore);
    let (
        Some(name),
        Some(kind),
        Some(description),
        Some(deputy),
        Some(contract_ref),
        Some(sla),
        Some(contact),
        Some(recovery),
        Some(basis),
        Some(interval),
        Some(backup),
        Some(restore),
    ) = all
    else {
        tx.rollback().await?;
        return render_status(
            &edit_view(&m, &plan, Resource { version, ..current }, form.with_errors(errs), &selected, vec![]),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    if !errs.is_empty() {
        tx.rollback().await?;
        return render_status(
            &edit_view(&m, &plan, Resource { version, ..current }, form.with_errors(errs), &selected, vec![]),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    if let Err(e) = db::begin_edit(&mut tx, m.org_id()).await {
        return edit_error(&st, &m, e, &back);
    }
    let updated = Resource {
        name,
        kind,
        description,
        deputy,
        contract_ref,
        sla_hours: sla,
        contact_24_7: contact,
        recovery_hours: recovery,
        recovery_basis: basis,
        backup_interval_hours: interval,
        backup_type: backup,
        last_restore_test: restore,
        version,
        ..current.clone()
    };
    match db::update_resource(&mut tx, m.org_id(), &updated).await {
        Ok(()) => {}
        Err(weerbaar_store::StoreError::Conflict) => {
            tx.rollback().await?;
            let opt = |v: Option<u32>| v.map(|x| x.to_string()).unwrap_or_default();
            let rows = conflict_rows(
                lang,
                &[
                    ("field-name", current.name.clone(), get("name")),
                    ("bcp-field-recovery-hours", opt(current.recovery_hours), get("recovery_hours")),
                    ("bcp-field-backup-interval", opt(current.backup_interval_hours), get("backup_interval_hours")),
                    ("bcp-field-backup-type", current.backup_type.as_str().into(), get("backup_type")),
                    ("bcp-field-deputy", current.deputy.clone(), get("deputy")),
                ],
            );
            form.add_general("conflict-explained");
            return render_status(&edit_view(&m, &plan, current, form, &selected, rows), StatusCode::CONFLICT);
        }
        Err(e) => return edit_error(&st, &m, e, &back),
    }
    if let Err(e) = db::set_resource_deps(&mut tx, m.org_id(), &id, &selected).await {
        return edit_error(&st, &m, e, &back);
    }
    let names = |ids: Vec<&String>| -> Vec<String> {
        ids.into_iter().filter_map(|i| plan.resource(i).map(|r| r.name.clone())).collect()
    };
    let before_deps = names(plan.resource_deps.iter().filter(|(x, _)| *x == id).map(|(_, d)| d).collect());
    let after_deps = names(selected.iter().collect());
    let summary = |r: &Resource, deps: &[String]| {
        serde_json::json!({"name": r.name, "kind": r.kind, "recovery_hours": r.recovery_hours, "backup_interval_hours": r.backup_interval_hours,
            "backup_type": r.backup_type, "last_restore_test": r.last_restore_test, "deputy": r.deputy, "sla_hours": r.sla_hours, "depends_on": deps})
    };
    audit_edit(
        &mut tx,
        &m,
        AuditAction::ResourceUpdated,
        &updated.name,
        Some(&summary(&current, &before_deps)),
        Some(&summary(&updated, &after_deps)),
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
    let back = format!("/o/{}/plan/resources", m.org.id);
    let mut tx = st.store.begin().await?;
    let r = db::resource(&mut tx, m.org_id(), &id).await?.ok_or(AppError::NotFound)?;
    if let Err(e) = db::begin_edit(&mut tx, m.org_id()).await {
        return edit_error(&st, &m, e, &back);
    }
    db::delete_resource(&mut tx, m.org_id(), &id).await?;
    audit_edit(
        &mut tx,
        &m,
        AuditAction::ResourceDeleted,
        &r.name,
        Some(&serde_json::json!({"name": r.name})),
        None::<&()>,
    )
    .await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&back, "flash-resource-deleted", st.cfg.tls()))
}
