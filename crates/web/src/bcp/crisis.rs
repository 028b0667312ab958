//! Step 6: the crisis organisation: roles with deputies and out-of-band contacts,
//! activation, the call tree, meeting places, and the hand-over to the emergency plan.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::edit::{crisis, split_lines};
use weerbaar_core::bcp::model::*;
use weerbaar_store::bcp as db;

use super::save::{Change, Outcome, save_part};
use super::*;
use crate::forms::{FormState, Pairs};
use crate::http::render;
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

const CRISIS_FIELDS: [&str; 6] = [
    "activation_criteria",
    "who_may_activate",
    "meeting_primary",
    "meeting_alternate",
    "handover_criteria",
    "handover_explanation",
];

pub(super) async fn save(State(st): State<AppState>, m: Member<Edit>, f: Pairs) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let roles = {
        let mut c = st.store.conn().await?;
        db::roles(&mut c, m.org_id()).await?
    };
    // The call tree's rows as typed, shown again when the save is refused.
    let calls: Vec<CallRow> = (0..=LIST_MAX)
        .take_while(|i| f.has(&format!("call_{i}")))
        .map(|i| CallRow {
            index: i,
            role: f.get(&format!("call_{i}")).into(),
            fallback: f.get(&format!("fallback_{i}")).into(),
        })
        .collect();
    let draft = crisis::Draft {
        activation_criteria: split_lines(f.get("activation_criteria")),
        who_may_activate: f.get("who_may_activate").into(),
        call_tree: calls.iter().map(|c| (c.role.clone(), c.fallback.clone())).collect(),
        meeting_primary: f.get("meeting_primary").into(),
        meeting_alternate: f.get("meeting_alternate").into(),
        handover_criteria: split_lines(f.get("handover_criteria")),
        handover_explanation: f.get("handover_explanation").into(),
    };
    let keys: Vec<&str> = roles.iter().map(|r| r.key.as_str()).collect();
    let checked = match crisis::check(&draft, &keys) {
        Ok(c) => c,
        Err(errs) => {
            return match view(&st, &m, Some(f.shown(lang, &CRISIS_FIELDS).with_errors(errs)), Some(calls), vec![])
                .await?
            {
                Ok(p) => invalid(&p),
                Err(r) => Ok(r),
            };
        }
    };
    let back = format!("/o/{}/plan/crisis", m.org.id);
    let updated = Crisis { version: f.version(), ..checked };
    let outcome = save_part(&st, &m, async |tx| {
        let before = db::crisis(tx, m.org_id()).await?;
        db::update_crisis(tx, m.org_id(), &updated).await?;
        Change::new(AuditAction::CrisisUpdated, lang.t("bcp-step-crisis")).values(Some(&before), Some(&updated))
    })
    .await?;
    if outcome != Outcome::Conflict {
        return Ok(after_save(&st, outcome, &back));
    }
    let fresh = {
        let mut c = st.store.conn().await?;
        db::crisis(&mut c, m.org_id()).await?
    };
    let rows = conflict_rows(
        lang,
        &[
            (
                "bcp-field-activation-criteria",
                fresh.activation_criteria.join("\n"),
                f.get("activation_criteria").into(),
            ),
            ("bcp-field-who-may-activate", fresh.who_may_activate.clone(), f.get("who_may_activate").into()),
            ("bcp-field-meeting-primary", fresh.meeting_primary.clone(), f.get("meeting_primary").into()),
            ("bcp-field-meeting-alternate", fresh.meeting_alternate.clone(), f.get("meeting_alternate").into()),
            ("bcp-field-handover-criteria", fresh.handover_criteria.join("\n"), f.get("handover_criteria").into()),
            (
                "bcp-field-handover-explanation",
                fresh.handover_explanation.clone(),
                f.get("handover_explanation").into(),
            ),
        ],
    );
    let mut form = f.shown(lang, &CRISIS_FIELDS);
    form.add_general("conflict-explained");
    match view(&st, &m, Some(form), Some(calls), rows).await? {
        Ok(p) => conflicted(&p),
        Err(r) => Ok(r),
    }
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
        .value_of("primary.name", &r.primary.name)
        .value_of("primary.phone", &r.primary.phone)
        .value_of("primary.private_phone", &r.primary.private_phone)
        .value_of("primary.email", &r.primary.email)
        .value_of("deputy.name", &r.deputy.name)
        .value_of("deputy.phone", &r.deputy.phone)
        .value_of("deputy.private_phone", &r.deputy.private_phone)
        .value_of("deputy.email", &r.deputy.email)
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

const ROLE_FIELDS: [&str; 10] = [
    "name",
    "tasks",
    "primary.name",
    "primary.phone",
    "primary.private_phone",
    "primary.email",
    "deputy.name",
    "deputy.phone",
    "deputy.private_phone",
    "deputy.email",
];

fn contact_of(f: &Pairs, who: &str) -> Contact {
    let g = |k: &str| f.get(&format!("{who}.{k}")).to_string();
    Contact { name: g("name"), phone: g("phone"), private_phone: g("private_phone"), email: g("email") }
}

pub(super) async fn role_save(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let draft = crisis::RoleDraft {
        name: f.get("name").into(),
        tasks: split_lines(f.get("tasks")),
        primary: contact_of(&f, "primary"),
        deputy: contact_of(&f, "deputy"),
    };
    let back = format!("/o/{}/plan/crisis/roles/{id}", m.org.id);
    let (h, current) = {
        let mut c = st.store.conn().await?;
        let h = db::header(&mut c, m.org_id()).await?.ok_or(AppError::NotFound)?;
        let r = db::roles(&mut c, m.org_id()).await?.into_iter().find(|r| r.id == id).ok_or(AppError::NotFound)?;
        (h, r)
    };
    let page = |form: FormState, role: CrisisRole, conflict: Vec<ConflictRow>| RolePage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "crisis"),
        can_edit: can_edit(&m, &h),
        role,
        form,
        conflict,
    };
    let checked = match crisis::check_role(&draft) {
        Ok(v) => v,
        Err(errs) => {
            let r = CrisisRole { version: f.version(), ..current };
            return invalid(&page(f.shown(lang, &ROLE_FIELDS).with_errors(errs), r, vec![]));
        }
    };
    let mut updated = CrisisRole { version: f.version(), ..current.clone() };
    checked.apply(&mut updated);
    let outcome = save_part(&st, &m, async |tx| {
        db::update_role(tx, m.org_id(), &updated).await?;
        Change::new(AuditAction::CrisisRoleUpdated, &updated.name).values(Some(&current), Some(&updated))
    })
    .await?;
    if outcome != Outcome::Conflict {
        return Ok(after_save(&st, outcome, &back));
    }
    let fresh = {
        let mut c = st.store.conn().await?;
        db::roles(&mut c, m.org_id()).await?.into_iter().find(|r| r.id == id).ok_or(AppError::NotFound)?
    };
    let g = |k: &str| f.get(k).to_string();
    let rows = conflict_rows(
        lang,
        &[
            ("field-name", fresh.name.clone(), g("name")),
            ("bcp-field-tasks", fresh.tasks.join("\n"), g("tasks")),
            ("bcp-field-primary", fresh.primary.name.clone(), g("primary.name")),
            ("bcp-field-phone", fresh.primary.phone.clone(), g("primary.phone")),
            ("bcp-field-private-phone", fresh.primary.private_phone.clone(), g("primary.private_phone")),
            ("bcp-field-outside-email", fresh.primary.email.clone(), g("primary.email")),
            ("bcp-field-deputy", fresh.deputy.name.clone(), g("deputy.name")),
            ("bcp-field-phone", fresh.deputy.phone.clone(), g("deputy.phone")),
            ("bcp-field-private-phone", fresh.deputy.private_phone.clone(), g("deputy.private_phone")),
            ("bcp-field-outside-email", fresh.deputy.email.clone(), g("deputy.email")),
        ],
    );
    let mut form = f.shown(lang, &ROLE_FIELDS);
    form.add_general("conflict-explained");
    conflicted(&page(form, fresh, rows))
}
