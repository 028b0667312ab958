//! Step 1: scope, objectives, assumptions, owner, classification, next review.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::edit::header;
use weerbaar_core::bcp::model::PlanHeader;
use weerbaar_store::bcp as db;

use super::save::{Change, Outcome, save_part};
use super::*;
use crate::forms::{FormState, Pairs};
use crate::http::render;
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
        .with_warnings(header::warnings(h.next_review, weerbaar_core::today()))
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

const FIELDS: [&str; 8] =
    ["scope", "objectives", "assumptions", "owner_name", "owner_email", "classification", "next_review", "own_domains"];

pub(super) async fn save(State(st): State<AppState>, m: Member<Edit>, f: Pairs) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let back = format!("/o/{}/plan/scope", m.org.id);
    let draft = header::Draft {
        scope: f.get("scope").into(),
        objectives: f.get("objectives").into(),
        assumptions: f.get("assumptions").into(),
        owner_name: f.get("owner_name").into(),
        owner_email: f.get("owner_email").into(),
        classification: f.get("classification").into(),
        next_review: f.get("next_review").into(),
        own_domains: header::split_domains(f.get("own_domains")),
    };
    let h = match header_of(&st, &m).await? {
        Ok(h) => h,
        Err(r) => return Ok(r),
    };
    let fields = match header::check(&draft) {
        Ok(v) => v,
        Err(errs) => return invalid(&view(&m, &h, f.shown(lang, &FIELDS).with_errors(errs), vec![])),
    };
    let version = f.version();
    let outcome = save_part(&st, &m, async |tx| {
        let before = db::header(tx, m.org_id()).await?.ok_or(weerbaar_store::StoreError::NotFound)?;
        db::update_header(tx, m.org_id(), version, &fields).await?;
        Change::new(AuditAction::PlanUpdated, lang.t("bcp-step-scope"))
            .values(Some(&header::Fields::from(&before)), Some(&fields))
    })
    .await?;
    if outcome != Outcome::Conflict {
        return Ok(after_save(&st, outcome, &back));
    }
    let theirs = match header_of(&st, &m).await? {
        Ok(h) => h,
        Err(r) => return Ok(r),
    };
    let rows = conflict_rows(
        lang,
        &[
            ("bcp-field-scope", theirs.scope.clone(), f.get("scope").into()),
            ("bcp-field-objectives", theirs.objectives.clone(), f.get("objectives").into()),
            ("bcp-field-assumptions", theirs.assumptions.clone(), f.get("assumptions").into()),
            ("bcp-field-owner-name", theirs.owner_name.clone(), f.get("owner_name").into()),
            (
                "bcp-field-next-review",
                theirs.next_review.map(|d| d.to_string()).unwrap_or_default(),
                f.get("next_review").into(),
            ),
        ],
    );
    let mut form = f.shown(lang, &FIELDS);
    form.add_general("conflict-explained");
    conflicted(&view(&m, &theirs, form, rows))
}
