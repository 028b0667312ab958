//! Step 1: scope, objectives, assumptions, owner, classification, next review.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::model::{LINE_MAX, PlanHeader, TEXT_MAX};
use weerbaar_core::validation::FieldErrors;
use weerbaar_store::bcp as db;

use super::*;
use crate::forms::FormState;
use crate::http::{render, render_status, see_other_with_flash};
use crate::page::{Edit, Member, Page, Read};

#[derive(Template)]
#[template(path = "bcp/scope.html")]
struct ScopePage {
    page: Page,
    steps: Vec<Step>,
    form: FormState,
    version: i64,
    can_edit: bool,
    conflict: Vec<ConflictRow>,
    status: String,
    version_label: String,
}

fn form_of(lang: crate::i18n::Lang, h: &PlanHeader) -> FormState {
    FormState::new(lang)
        .value_of("scope", &h.scope)
        .value_of("objectives", &h.objectives)
        .value_of("assumptions", &h.assumptions)
        .value_of("owner_name", &h.owner_name)
        .value_of("owner_email", &h.owner_email)
        .value_of("classification", &h.classification)
        .value_of("next_review", h.next_review.map(|d| d.to_string()).unwrap_or_default())
        .value_of("own_domains", h.own_domains.join(", "))
}

fn view(
    m: &Member<impl crate::page::OrgPermission>,
    h: &PlanHeader,
    form: FormState,
    conflict: Vec<ConflictRow>,
) -> ScopePage {
    let lang = m.ctx.lang;
    ScopePage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "scope"),
        form,
        version: h.version,
        can_edit: can_edit(m, h),
        conflict,
        status: lang.t(&format!("plan-status-{}", h.status.as_str())),
        version_label: h.version_label.clone(),
    }
}

pub(super) async fn page(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    let h = match header_of(&st, &m).await? {
        Ok(h) => h,
        Err(r) => return Ok(r),
    };
    render(&view(&m, &h, form_of(m.ctx.lang, &h), vec![]))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct ScopeForm {
    version: i64,
    scope: String,
    objectives: String,
    assumptions: String,
    owner_name: String,
    owner_email: String,
    classification: String,
    next_review: String,
    own_domains: String,
}

pub(super) async fn save(State(st): State<AppState>, m: Member<Edit>, Form(f): Form<ScopeForm>) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let back = format!("/o/{}/plan/scope", m.org.id);
    let mut errs = FieldErrors::new();
    let scope = errs.check(text("scope", &f.scope, TEXT_MAX));
    let objectives = errs.check(text("objectives", &f.objectives, TEXT_MAX));
    let assumptions = errs.check(text("assumptions", &f.assumptions, TEXT_MAX));
    let owner_name = errs.check(text("owner_name", &f.owner_name, LINE_MAX));
    let owner_email = if f.owner_email.trim().is_empty() {
        Some(String::new())
    } else {
        errs.check(weerbaar_core::account::normalise_email("owner_email", &f.owner_email))
    };
    let classification = errs.check(text("classification", &f.classification, LINE_MAX));
    let next_review = errs.check(parse_date("next_review", &f.next_review));
    let domains: Vec<String> = f
        .own_domains
        .split([',', ' ', ';'])
        .map(|d| d.trim().trim_start_matches('@').to_lowercase())
        .filter(|d| !d.is_empty())
        .collect();
    if domains.len() > 20 || domains.iter().any(|d| d.len() > 100 || !d.contains('.')) {
        errs.push(weerbaar_core::validation::FieldError::new("own_domains", "error-domains"));
    }
    let form = FormState::new(lang)
        .value_of("scope", &f.scope)
        .value_of("objectives", &f.objectives)
        .value_of("assumptions", &f.assumptions)
        .value_of("owner_name", &f.owner_name)
        .value_of("owner_email", &f.owner_email)
        .value_of("classification", &f.classification)
        .value_of("next_review", &f.next_review)
        .value_of("own_domains", &f.own_domains);
    let h = match header_of(&st, &m).await? {
        Ok(h) => h,
        Err(r) => return Ok(r),
    };
    let (
        Some(scope),
        Some(objectives),
        Some(assumptions),
        Some(owner_name),
        Some(owner_email),
        Some(classification),
        Some(next_review),
    ) = (scope, objectives, assumptions, owner_name, owner_email, classification, next_review)
    else {
        return render_status(&view(&m, &h, form.with_errors(errs), vec![]), StatusCode::UNPROCESSABLE_ENTITY);
    };
    if !errs.is_empty() {
        return render_status(&view(&m, &h, form.with_errors(errs), vec![]), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let mut tx = st.store.begin().await?;
    let before = match db::begin_edit(&mut tx, m.org_id()).await {
        Ok(h) => h,
        Err(e) => return edit_error(&st, &m, e, &back),
    };
    let fields = db::HeaderFields {
        scope: &scope,
        objectives: &objectives,
        assumptions: &assumptions,
        owner_name: &owner_name,
        owner_email: &owner_email,
        classification: &classification,
        next_review,
        own_domains: &domains,
    };
    match db::update_header(&mut tx, m.org_id(), f.version, &fields).await {
        Ok(()) => {}
        Err(weerbaar_store::StoreError::Conflict) => {
            tx.rollback().await?;
            let theirs = &before;
            let rows = conflict_rows(
                lang,
                &[
                    ("bcp-field-scope", theirs.scope.clone(), f.scope.clone()),
                    ("bcp-field-objectives", theirs.objectives.clone(), f.objectives.clone()),
                    ("bcp-field-assumptions", theirs.assumptions.clone(), f.assumptions.clone()),
                    ("bcp-field-owner-name", theirs.owner_name.clone(), f.owner_name.clone()),
                    (
                        "bcp-field-next-review",
                        theirs.next_review.map(|d| d.to_string()).unwrap_or_default(),
                        f.next_review.clone(),
                    ),
                ],
            );
            let mut form = form;
            form.add_general("conflict-explained");
            let mut v = view(&m, theirs, form, rows);
            v.version = theirs.version;
            return render_status(&v, StatusCode::CONFLICT);
        }
        Err(e) => return edit_error(&st, &m, e, &back),
    }
    let after = serde_json::json!({"scope": scope, "objectives": objectives, "assumptions": assumptions, "owner_name": owner_name,
        "owner_email": owner_email, "classification": classification, "next_review": next_review, "own_domains": domains});
    let before_v = serde_json::json!({"scope": before.scope, "objectives": before.objectives, "assumptions": before.assumptions,
        "owner_name": before.owner_name, "owner_email": before.owner_email, "classification": before.classification,
        "next_review": before.next_review, "own_domains": before.own_domains});
    audit_edit(&mut tx, &m, AuditAction::PlanUpdated, &lang.t("bcp-step-scope"), Some(&before_v), Some(&after)).await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&back, "flash-saved", st.cfg.tls()))
}
