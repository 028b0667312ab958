//! Step 6: the crisis organisation: roles with deputies and out-of-band contacts,
//! activation, the call tree, meeting places, and the hand-over to the emergency plan.

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
use crate::page::{Edit, Member, Page, Read};

pub struct RoleRow {
    pub id: String,
    pub name: String,
    pub primary: String,
    pub deputy: String,
    pub complete: bool,
}

pub struct CallRow {
    pub index: usize,
    pub role: String,
    pub fallback: String,
}

#[derive(Template)]
#[template(path = "bcp/crisis.html")]
struct CrisisPage {
    page: Page,
    steps: Vec<Step>,
    form: FormState,
    version: i64,
    roles: Vec<RoleRow>,
    role_options: Vec<(String, String)>,
    calls: Vec<CallRow>,
    can_edit: bool,
    conflict: Vec<ConflictRow>,
}

fn crisis_form(lang: crate::i18n::Lang, c: &Crisis) -> FormState {
    FormState::new(lang)
        .value_of("activation_criteria", c.activation_criteria.join("\n"))
        .value_of("who_may_activate", &c.who_may_activate)
        .value_of("meeting_primary", &c.meeting_primary)
        .value_of("meeting_alternate", &c.meeting_alternate)
        .value_of("handover_criteria", c.handover_criteria.join("\n"))
        .value_of("handover_explanation", &c.handover_explanation)
}

async fn view(
    st: &AppState,
    m: &Member<impl crate::page::OrgPermission>,
    form: Option<FormState>,
    calls: Option<Vec<CallRow>>,
    conflict: Vec<ConflictRow>,
) -> AppResult<Result<CrisisPage, Response>> {
    let lang = m.ctx.lang;
    let h = match header_of(st, m).await? {
        Ok(h) => h,
        Err(r) => return Ok(Err(r)),
    };
    let mut c = st.store.conn().await?;
    let crisis = db::crisis(&mut c, m.org_id()).await?;
    let roles = db::roles(&mut c, m.org_id()).await?;
    let mut role_options = vec![(String::new(), "—".to_string())];
    role_options.extend(roles.iter().map(|r| (r.key.clone(), r.name.clone())));
    let calls = calls.unwrap_or_else(|| {
        (0..roles.len().max(crisis.call_tree.len()))
            .map(|i| CallRow {
                index: i,
                role: crisis.call_tree.get(i).map(|s| s.role_key.clone()).unwrap_or_default(),
                fallback: crisis.call_tree.get(i).and_then(|s| s.fallback_role_key.clone()).unwrap_or_default(),
            })
            .collect()
    });
    Ok(Ok(CrisisPage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "crisis"),
        form: form.unwrap_or_else(|| crisis_form(lang, &crisis)),
        version: crisis.version,
        roles: roles
            .iter()
            .map(|r| RoleRow {
                id: r.id.clone(),
                name: r.name.clone(),
                primary: r.primary.name.clone(),
                deputy: r.deputy.name.clone(),
                complete: r.primary.is_set() && r.deputy.is_set(),
            })
            .collect(),
        role_options,
        calls,
        can_edit: can_edit(m, &h),
        conflict,
    }))
}

pub(super) async fn page(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    match view(&st, &m, None, None, vec![]).await? {
        Ok(p) => render(&p),
        Err(r) => Ok(r),
    }
}

pub(super) async fn save(
    State(st): State<AppState>,
    m: Member<Edit>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let get = |k: &str| f.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let mut errs = FieldErrors::new();
    let activation = errs.check(lines("activation_criteria", &get("activation_criteria")));
    let who = errs.check(text("who_may_activate", &get("who_may_activate"), TEXT_MAX));
    let mp = errs.check(text("meeting_primary", &get("meeting_primary"), TEXT_MAX));
    let ma = errs.check(text("meeting_alternate", &get("meeting_alternate"), TEXT_MAX));
    let hc = errs.check(lines("handover_criteria", &get("handover_criteria")));
    let he = errs.check(text("handover_explanation", &get("handover_explanation"), TEXT_MAX));
    let roles = {
        let mut c = st.store.conn().await?;
        db::roles(&mut c, m.org_id()).await?
    };
    let known = |k: &str| k.is_empty() || roles.iter().any(|r| r.key == k);
    let mut calls = Vec::new();
    let mut tree = Vec::new();
    for i in 0..roles.len().max(1) * 2 {
        let (role, fallback) = (get(&format!("call_{i}")), get(&format!("fallback_{i}")));
        if f.iter().all(|(k, _)| k != &format!("call_{i}")) {
            break;
        }
        if !known(&role) || !known(&fallback) {
            errs.push(FieldError::new("call_tree", "error-choose-option"));
        }
        if !role.is_empty() {
            tree.push(CallStep {
                role_key: role.clone(),
                fallback_role_key: (!fallback.is_empty()).then(|| fallback.clone()),
            });
        }
        calls.push(CallRow { index: i, role, fallback });
    }
    let mut form = FormState::new(lang);
    for k in [
        "activation_criteria",
        "who_may_activate",
        "meeting_primary",
        "meeting_alternate",
        "handover_criteria",
        "handover_explanation",
    ] {
        form.set(k, get(k));
    }
    let (Some(activation), Some(who), Some(mp), Some(ma), Some(hc), Some(he)) = (activation, who, mp, ma, hc, he)
    else {
        return match view(&st, &m, Some(form.with_errors(errs)), Some(calls), vec![]).await? {
            Ok(p) => render_status(&p, StatusCode::UNPROCESSABLE_ENTITY),
            Err(r) => Ok(r),
        };
    };
    if !errs.is_empty() {
        return match view(&st, &m, Some(form.with_errors(errs)), Some(calls), vec![]).await? {
            Ok(p) => render_status(&p, StatusCode::UNPROCESSABLE_ENTITY),
            Err(r) => Ok(r),
        };
    }
    let back = format!("/o/{}/plan/crisis", m.org.id);
    let version: i64 = get("version").parse().unwrap_or(0);
    let updated = Crisis {
        activation_criteria: activation,
        who_may_activate: who,
        call_tree: tree,
        meeting_primary: mp,
        meeting_alternate: ma,
        handover_criteria: hc,
        handover_explanation: he,
        version,
    };
    let mut tx = st.store.begin().await?;
    let before = db::crisis(&mut tx, m.org_id()).await?;
    if let Err(e) = db::begin_edit(&mut tx, m.org_id()).await {
        return edit_error(&st, &m, e, &back);
    }
    match db::update_crisis(&mut tx, m.org_id(), &updated).await {
        Ok(()) => {}
        Err(weerbaar_store::StoreError::Conflict) => {
            tx.rollback().await?;
            let rows = conflict_rows(
                lang,
                &[
                    (
                        "bcp-field-activation-criteria",
                        before.activation_criteria.join("\n"),
                        get("activation_criteria"),
                    ),
                    ("bcp-field-who-may-activate", before.who_may_activate.clone(), get("who_may_activate")),
                    ("bcp-field-meeting-primary", before.meeting_primary.clone(), get("meeting_primary")),
                    ("bcp-field-meeting-alternate", before.meeting_alternate.clone(), get("meeting_alternate")),
                    ("bcp-field-handover-criteria", before.handover_criteria.join("\n"), get("handover_criteria")),
                    (
                        "bcp-field-handover-explanation",
                        before.handover_explanation.clone(),
                        get("handover_explanation"),
                    ),
                ],
            );
            form.add_general("conflict-explained");
            return match view(&st, &m, Some(form), Some(calls), rows).await? {
                Ok(p) => render_status(&p, StatusCode::CONFLICT),
                Err(r) => Ok(r),
            };
        }
        Err(e) => return edit_error(&st, &m, e, &back),
    }
    audit_edit(&mut tx, &m, AuditAction::CrisisUpdated, &lang.t("bcp-step-crisis"), Some(&before), Some(&updated))
        .await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&back, "flash-saved", st.cfg.tls()))
}

#[derive(Template)]
#[template(path = "bcp/crisis_role.html")]
struct RolePage {
    page: Page,
    steps: Vec<Step>,
    role: CrisisRole,
    form: FormState,
    can_edit: bool,
    conflict: Vec<ConflictRow>,
}

fn role_form(lang: crate::i18n::Lang, r: &CrisisRole) -> FormState {
    FormState::new(lang)
        .value_of("name", &r.name)
        .value_of("tasks", r.tasks.join("\n"))
        .value_of("p_name", &r.primary.name)
        .value_of("p_phone", &r.primary.phone)
        .value_of("p_private_phone", &r.primary.private_phone)
        .value_of("p_email", &r.primary.email)
        .value_of("d_name", &r.deputy.name)
        .value_of("d_phone", &r.deputy.phone)
        .value_of("d_private_phone", &r.deputy.private_phone)
        .value_of("d_email", &r.deputy.email)
}

pub(super) async fn role_page(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let h = match header_of(&st, &m).await? {
        Ok(h) => h,
        Err(r) => return Ok(r),
    };
    let mut c = st.store.conn().await?;
    let role = db::roles(&mut c, m.org_id()).await?.into_iter().find(|r| r.id == id).ok_or(AppError::NotFound)?;
    let form = role_form(m.ctx.lang, &role);
    render(&RolePage {
        page: m.page("plan"),
        steps: steps(m.ctx.lang, &m.org.id, "crisis"),
        can_edit: can_edit(&m, &h),
        role,
        form,
        conflict: vec![],
    })
}

fn contact(errs: &mut FieldErrors, get: &dyn Fn(&str) -> String, p: &str) -> Contact {
    let field = |k: &str| -> &'static str {
        match (p, k) {
            ("p", "name") => "p_name",
            ("p", "phone") => "p_phone",
            ("p", "private_phone") => "p_private_phone",
            ("p", "email") => "p_email",
            ("d", "name") => "d_name",
            ("d", "phone") => "d_phone",
            ("d", "private_phone") => "d_private_phone",
            _ => "d_email",
        }
    };
    let mut line = |k: &str| errs.check(text(field(k), &get(field(k)), LINE_MAX)).unwrap_or_default();
    let name = line("name");
    let phone = line("phone");
    let private_phone = line("private_phone");
    let raw_email = get(field("email"));
    let email = if raw_email.trim().is_empty() {
        String::new()
    } else {
        errs.check(weerbaar_core::account::normalise_email(field("email"), &raw_email)).unwrap_or_default()
    };
    Contact { name, phone, private_phone, email }
}

pub(super) async fn role_save(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let get = |k: &str| f.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let mut errs = FieldErrors::new();
    let name = errs.check(required_line("name", &get("name"), LINE_MAX));
    let tasks = errs.check(lines("tasks", &get("tasks")));
    let primary = contact(&mut errs, &get, "p");
    let deputy = contact(&mut errs, &get, "d");
    let mut form = FormState::new(lang);
    for k in [
        "name",
        "tasks",
        "p_name",
        "p_phone",
        "p_private_phone",
        "p_email",
        "d_name",
        "d_phone",
        "d_private_phone",
        "d_email",
    ] {
        form.set(k, get(k));
    }
    let back = format!("/o/{}/plan/crisis/roles/{id}", m.org.id);
    let mut tx = st.store.begin().await?;
    let h = db::header(&mut tx, m.org_id()).await?.ok_or(AppError::NotFound)?;
    let current = db::roles(&mut tx, m.org_id()).await?.into_iter().find(|r| r.id == id).ok_or(AppError::NotFound)?;
    let version: i64 = get("version").parse().unwrap_or(0);
    let (Some(name), Some(tasks)) = (name, tasks) else {
        tx.rollback().await?;
        let p = RolePage {
            page: m.page("plan"),
            steps: steps(lang, &m.org.id, "crisis"),
            can_edit: can_edit(&m, &h),
            role: CrisisRole { version, ..current },
            form: form.with_errors(errs),
            conflict: vec![],
        };
        return render_status(&p, StatusCode::UNPROCESSABLE_ENTITY);
    };
    if !errs.is_empty() {
        tx.rollback().await?;
        let p = RolePage {
            page: m.page("plan"),
            steps: steps(lang, &m.org.id, "crisis"),
            can_edit: can_edit(&m, &h),
            role: CrisisRole { version, ..current },
            form: form.with_errors(errs),
            conflict: vec![],
        };
        return render_status(&p, StatusCode::UNPROCESSABLE_ENTITY);
    }
    if let Err(e) = db::begin_edit(&mut tx, m.org_id()).await {
        return edit_error(&st, &m, e, &back);
    }
    let updated = CrisisRole { name, tasks, primary, deputy, version, ..current.clone() };
    match db::update_role(&mut tx, m.org_id(), &updated).await {
        Ok(()) => {}
        Err(weerbaar_store::StoreError::Conflict) => {
            tx.rollback().await?;
            let rows = conflict_rows(
                lang,
                &[
                    ("field-name", current.name.clone(), get("name")),
                    ("bcp-field-tasks", current.tasks.join("\n"), get("tasks")),
                    ("bcp-field-primary", current.primary.name.clone(), get("p_name")),
                    ("bcp-field-phone", current.primary.phone.clone(), get("p_phone")),
                    ("bcp-field-private-phone", current.primary.private_phone.clone(), get("p_private_phone")),
                    ("bcp-field-outside-email", current.primary.email.clone(), get("p_email")),
                    ("bcp-field-deputy", current.deputy.name.clone(), get("d_name")),
                    ("bcp-field-phone", current.deputy.phone.clone(), get("d_phone")),
                    ("bcp-field-private-phone", current.deputy.private_phone.clone(), get("d_private_phone")),
                    ("bcp-field-outside-email", current.deputy.email.clone(), get("d_email")),
                ],
            );
            form.add_general("conflict-explained");
            let p = RolePage {
                page: m.page("plan"),
                steps: steps(lang, &m.org.id, "crisis"),
                can_edit: can_edit(&m, &h),
                role: current,
                form,
                conflict: rows,
            };
            return render_status(&p, StatusCode::CONFLICT);
        }
        Err(e) => return edit_error(&st, &m, e, &back),
    }
    audit_edit(&mut tx, &m, AuditAction::CrisisRoleUpdated, &updated.name, Some(&current), Some(&updated)).await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&back, "flash-saved", st.cfg.tls()))
}
