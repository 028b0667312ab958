//! Step 4: resources (people, applications, infrastructure, data, suppliers, locations),
//! what each actually achieves, and what each depends on.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::edit::{links, resource};
use weerbaar_core::bcp::model::*;
use weerbaar_core::validation::Num;
use weerbaar_store::bcp as db;

use super::save::{Change, Outcome, save_part};
use super::*;
use crate::forms::{FormState, Pairs};
use crate::http::{render, see_other, see_other_with_flash};
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

pub(super) async fn add(State(st): State<AppState>, m: Member<Edit>, f: Pairs) -> AppResult<Response> {
    let (kind, name) = match resource::check_new(f.get("kind"), f.get("name")) {
        Ok(v) => v,
        Err(errs) => {
            let form = f.shown(m.ctx.lang, &["name", "kind"]).with_errors(errs);
            return match list_view(&st, &m, form).await? {
                Ok(p) => invalid(&p),
                Err(r) => Ok(r),
            };
        }
    };
    let back = format!("/o/{}/plan/resources", m.org.id);
    let mut added = None;
    let outcome = save_part(&st, &m, async |tx| {
        let r = db::add_resource(tx, m.org_id(), &Resource::new(String::new(), 0, kind, name)).await?;
        let change = Change::new(AuditAction::ResourceCreated, &r.name)
            .values(None::<&()>, Some(&serde_json::json!({"name": r.name, "kind": r.kind})));
        added = Some(r.id);
        change
    })
    .await?;
    match (outcome, added) {
        (Outcome::Saved, Some(id)) => Ok(see_other_with_flash(
            &format!("/o/{}/plan/resources/{id}", m.org.id),
            "flash-resource-added",
            st.cfg.tls(),
        )),
        (outcome, _) => Ok(after_save(&st, outcome, &back)),
    }
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

const FIELDS: [&str; 12] = [
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
];

pub(super) async fn save(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let draft = resource::Draft {
        kind: f.get("kind").into(),
        name: f.get("name").into(),
        description: f.get("description").into(),
        deputy: f.get("deputy").into(),
        contract_ref: f.get("contract_ref").into(),
        sla_hours: Num::text(f.get("sla_hours")),
        contact_24_7: f.get("contact_24_7").into(),
        recovery_hours: Num::text(f.get("recovery_hours")),
        recovery_basis: f.get("recovery_basis").into(),
        backup_interval_hours: Num::text(f.get("backup_interval_hours")),
        backup_type: f.get("backup_type").into(),
        last_restore_test: f.get("last_restore_test").into(),
    };
    let selected = f.all("depends_on");
    let back = format!("/o/{}/plan/resources/{id}", m.org.id);
    let plan = {
        let mut c = st.store.conn().await?;
        db::load_core(&mut c, m.org_id()).await?.ok_or(AppError::NotFound)?
    };
    let current = plan.resource(&id).cloned().ok_or(AppError::NotFound)?;
    let known = |r: &str| plan.resource(r).is_some();
    let (fields, deps) =
        match (resource::check(&draft, &rules()), links::depends_on("depends_on", &id, &selected, known)) {
            (Ok(r), Ok(d)) => (r, d),
            (r, d) => {
                let errs = merge([r.err(), d.err()]);
                let r = Resource { version: f.version(), ..current };
                return invalid(&edit_view(&m, &plan, r, f.shown(lang, &FIELDS).with_errors(errs), &selected, vec![]));
            }
        };
    let mut updated = Resource { version: f.version(), ..current.clone() };
    fields.apply(&mut updated);
    let outcome = save_part(&st, &m, async |tx| {
        db::update_resource(tx, m.org_id(), &updated).await?;
        db::set_resource_deps(tx, m.org_id(), &id, &deps).await?;
        let names = |ids: &[String]| -> Vec<String> {
            ids.iter().filter_map(|i| plan.resource(i).map(|r| r.name.clone())).collect()
        };
        let before: Vec<String> = plan.resource_deps.iter().filter(|(x, _)| *x == id).map(|(_, d)| d.clone()).collect();
        let summary = |r: &Resource, deps: &[String]| {
            serde_json::json!({"name": r.name, "kind": r.kind, "recovery_hours": r.recovery_hours,
                "backup_interval_hours": r.backup_interval_hours, "backup_type": r.backup_type,
                "last_restore_test": r.last_restore_test, "deputy": r.deputy, "sla_hours": r.sla_hours, "depends_on": names(deps)})
        };
        Change::new(AuditAction::ResourceUpdated, &updated.name)
            .values(Some(&summary(&current, &before)), Some(&summary(&updated, &deps)))
    })
    .await?;
    if outcome != Outcome::Conflict {
        return Ok(after_save(&st, outcome, &back));
    }
    let fresh = {
        let mut c = st.store.conn().await?;
        db::resource(&mut c, m.org_id(), &id).await?.ok_or(AppError::NotFound)?
    };
    let opt = |v: Option<u32>| v.map(|x| x.to_string()).unwrap_or_default();
    let rows = conflict_rows(
        lang,
        &[
            ("field-name", fresh.name.clone(), f.get("name").into()),
            ("bcp-field-recovery-hours", opt(fresh.recovery_hours), f.get("recovery_hours").into()),
            ("bcp-field-backup-interval", opt(fresh.backup_interval_hours), f.get("backup_interval_hours").into()),
            ("bcp-field-backup-type", fresh.backup_type.as_str().into(), f.get("backup_type").into()),
            ("bcp-field-deputy", fresh.deputy.clone(), f.get("deputy").into()),
        ],
    );
    let mut form = f.shown(lang, &FIELDS);
    form.add_general("conflict-explained");
    conflicted(&edit_view(&m, &plan, fresh, form, &selected, rows))
}

pub(super) async fn delete(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let back = format!("/o/{}/plan/resources", m.org.id);
    let outcome = save_part(&st, &m, async |tx| {
        let r = db::resource(tx, m.org_id(), &id).await?.ok_or(weerbaar_store::StoreError::NotFound)?;
        db::delete_resource(tx, m.org_id(), &id).await?;
        Change::new(AuditAction::ResourceDeleted, &r.name)
            .values(Some(&serde_json::json!({"name": r.name})), None::<&()>)
    })
    .await?;
    Ok(match outcome {
        Outcome::Saved => see_other_with_flash(&back, "flash-resource-deleted", st.cfg.tls()),
        o => after_save(&st, o, &back),
    })
}
