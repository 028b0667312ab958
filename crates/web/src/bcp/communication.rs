//! Step 8: communication: who tells which stakeholder what, and prepared messages.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::model::*;
use weerbaar_core::validation::{FieldErrors, required_line};
use weerbaar_store::bcp as db;

use super::*;
use crate::forms::FormState;
use crate::http::{render, render_status, see_other_with_flash};
use crate::page::{Edit, Member, Page, Read};

pub struct StakeholderRow {
    pub id: String,
    pub audience: String,
    pub channel: String,
    pub owner: String,
    pub version: i64,
    /// Message shown at this row (invalid input or a conflict).
    pub error: Option<String>,
}

pub struct MessageRow {
    pub id: String,
    pub scenario: String,
    pub phase: String,
    pub audience: String,
    pub subject: String,
}

#[derive(Template)]
#[template(path = "bcp/communication.html")]
struct CommPage {
    page: Page,
    steps: Vec<Step>,
    stakeholders: Vec<StakeholderRow>,
    messages: Vec<MessageRow>,
    can_edit: bool,
    conflict: Vec<ConflictRow>,
}

pub fn scenario_label(lang: crate::i18n::Lang, s: &str) -> String {
    lang.t(&format!("scenario-{s}"))
}

/// What the person sent for one stakeholder, kept when the save is refused.
struct Rejected {
    id: String,
    channel: String,
    owner: String,
    error: String,
}

async fn view(
    st: &AppState,
    m: &Member<impl crate::page::OrgPermission>,
    rejected: Option<Rejected>,
    conflict: Vec<ConflictRow>,
) -> AppResult<Result<CommPage, Response>> {
    let lang = m.ctx.lang;
    let h = match header_of(st, m).await? {
        Ok(h) => h,
        Err(r) => return Ok(Err(r)),
    };
    let mut c = st.store.conn().await?;
    let stakeholders = db::stakeholders(&mut c, m.org_id())
        .await?
        .into_iter()
        .map(|s| {
            let mut row = StakeholderRow {
                audience: lang.t(&format!("audience-{}", s.audience)),
                id: s.id,
                channel: s.channel,
                owner: s.owner,
                version: s.version,
                error: None,
            };
            if let Some(r) = rejected.as_ref().filter(|r| r.id == row.id) {
                row.channel = r.channel.clone();
                row.owner = r.owner.clone();
                row.error = Some(r.error.clone());
            }
            row
        })
        .collect();
    let messages = db::messages(&mut c, m.org_id())
        .await?
        .into_iter()
        .map(|x| MessageRow {
            scenario: scenario_label(lang, &x.scenario),
            phase: lang.t(&format!("phase-{}", x.phase)),
            audience: lang.t(&format!("audience-{}", x.audience)),
            id: x.id,
            subject: x.subject,
        })
        .collect();
    Ok(Ok(CommPage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "communication"),
        stakeholders,
        messages,
        can_edit: can_edit(m, &h),
        conflict,
    }))
}

pub(super) async fn page(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    match view(&st, &m, None, vec![]).await? {
        Ok(p) => render(&p),
        Err(r) => Ok(r),
    }
}

pub(super) async fn stakeholder_save(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let get = |k: &str| f.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let back = format!("/o/{}/plan/communication", m.org.id);
    let refuse = |error: String| Rejected { id: id.clone(), channel: get("channel"), owner: get("owner"), error };
    let (channel, owner) = match (text("channel", &get("channel"), LINE_MAX), text("owner", &get("owner"), LINE_MAX)) {
        (Ok(c), Ok(o)) => (c, o),
        (Err(e), _) | (_, Err(e)) => {
            let msg = lang.t_args(e.code, &e.args.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>());
            return match view(&st, &m, Some(refuse(msg)), vec![]).await? {
                Ok(p) => render_status(&p, StatusCode::UNPROCESSABLE_ENTITY),
                Err(r) => Ok(r),
            };
        }
    };
    let mut tx = st.store.begin().await?;
    let current =
        db::stakeholders(&mut tx, m.org_id()).await?.into_iter().find(|s| s.id == id).ok_or(AppError::NotFound)?;
    if let Err(e) = db::begin_edit(&mut tx, m.org_id()).await {
        return edit_error(&st, &m, e, &back);
    }
    let updated = Stakeholder { channel, owner, version: get("version").parse().unwrap_or(0), ..current.clone() };
    match db::update_stakeholder(&mut tx, m.org_id(), &updated).await {
        Ok(()) => {}
        Err(weerbaar_store::StoreError::Conflict) => {
            tx.rollback().await?;
            let rows = conflict_rows(
                lang,
                &[
                    ("bcp-field-channel", current.channel.clone(), get("channel")),
                    ("bcp-field-owner", current.owner.clone(), get("owner")),
                ],
            );
            return match view(&st, &m, Some(refuse(lang.t("conflict-explained"))), rows).await? {
                Ok(p) => render_status(&p, StatusCode::CONFLICT),
                Err(r) => Ok(r),
            };
        }
        Err(e) => return edit_error(&st, &m, e, &back),
    }
    audit_edit(&mut tx, &m, AuditAction::StakeholderUpdated, &current.audience, Some(&current), Some(&updated)).await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&back, "flash-saved", st.cfg.tls()))
}

#[derive(Template)]
#[template(path = "bcp/message.html")]
struct MessagePage {
    page: Page,
    steps: Vec<Step>,
    message: Message,
    scenario: String,
    phase: String,
    audience: String,
    form: FormState,
    can_edit: bool,
    conflict: Vec<ConflictRow>,
}

fn message_view(
    m: &Member<impl crate::page::OrgPermission>,
    h: &PlanHeader,
    msg: Message,
    form: FormState,
    conflict: Vec<ConflictRow>,
) -> MessagePage {
    let lang = m.ctx.lang;
    MessagePage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "communication"),
        scenario: scenario_label(lang, &msg.scenario),
        phase: lang.t(&format!("phase-{}", msg.phase)),
        audience: lang.t(&format!("audience-{}", msg.audience)),
        form,
        can_edit: can_edit(m, h),
        message: msg,
        conflict,
    }
}

pub(super) async fn message_page(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let h = match header_of(&st, &m).await? {
        Ok(h) => h,
        Err(r) => return Ok(r),
    };
    let mut c = st.store.conn().await?;
    let msg = db::messages(&mut c, m.org_id()).await?.into_iter().find(|x| x.id == id).ok_or(AppError::NotFound)?;
    let form = FormState::new(m.ctx.lang)
        .value_of("channel", &msg.channel)
        .value_of("subject", &msg.subject)
        .value_of("body", &msg.body);
    render(&message_view(&m, &h, msg, form, vec![]))
}

pub(super) async fn message_save(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let get = |k: &str| f.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let mut errs = FieldErrors::new();
    let channel = errs.check(text("channel", &get("channel"), LINE_MAX));
    let subject = errs.check(required_line("subject", &get("subject"), LINE_MAX));
    let body = errs.check(text("body", &get("body"), TEXT_MAX));
    let form = FormState::new(lang)
        .value_of("channel", get("channel"))
        .value_of("subject", get("subject"))
        .value_of("body", get("body"));
    let back = format!("/o/{}/plan/communication/messages/{id}", m.org.id);
    let mut tx = st.store.begin().await?;
    let h = db::header(&mut tx, m.org_id()).await?.ok_or(AppError::NotFound)?;
    let current =
        db::messages(&mut tx, m.org_id()).await?.into_iter().find(|x| x.id == id).ok_or(AppError::NotFound)?;
    let version: i64 = get("version").parse().unwrap_or(0);
    let (Some(channel), Some(subject), Some(body)) = (channel, subject, body) else {
        tx.rollback().await?;
        return render_status(
            &message_view(&m, &h, Message { version, ..current }, form.with_errors(errs), vec![]),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    if let Err(e) = db::begin_edit(&mut tx, m.org_id()).await {
        return edit_error(&st, &m, e, &back);
    }
    let updated = Message { channel, subject, body, version, ..current.clone() };
    match db::update_message(&mut tx, m.org_id(), &updated).await {
        Ok(()) => {}
        Err(weerbaar_store::StoreError::Conflict) => {
            tx.rollback().await?;
            let rows = conflict_rows(
                lang,
                &[
                    ("bcp-field-subject", current.subject.clone(), get("subject")),
                    ("bcp-field-body", current.body.clone(), get("body")),
                ],
            );
            let mut form = form;
            form.add_general("conflict-explained");
            return render_status(&message_view(&m, &h, current, form, rows), StatusCode::CONFLICT);
        }
        Err(e) => return edit_error(&st, &m, e, &back),
    }
    audit_edit(&mut tx, &m, AuditAction::MessageUpdated, &updated.subject, Some(&current), Some(&updated)).await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&back, "flash-saved", st.cfg.tls()))
}
