//! Step 8: communication: who tells which stakeholder what, and prepared messages.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::edit::communication;
use weerbaar_core::bcp::model::*;
use weerbaar_store::bcp as db;

use super::save::{Change, Outcome, save_part};
use super::*;
use crate::forms::{FormState, Pairs};
use crate::http::render;
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
    f: Pairs,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let back = format!("/o/{}/plan/communication", m.org.id);
    let refuse = |error: String| Rejected {
        id: id.clone(),
        channel: f.get("channel").into(),
        owner: f.get("owner").into(),
        error,
    };
    let current = {
        let mut c = st.store.conn().await?;
        db::stakeholders(&mut c, m.org_id()).await?.into_iter().find(|s| s.id == id).ok_or(AppError::NotFound)?
    };
    let draft = communication::StakeholderDraft {
        audience: current.audience.clone(),
        channel: f.get("channel").into(),
        owner: f.get("owner").into(),
    };
    let (_, channel, owner) = match communication::check_stakeholder(&draft) {
        Ok(v) => v,
        Err(errs) => {
            let msg = errs.iter().map(|e| lang.t_args(e.code, &e.args)).collect::<Vec<_>>().join(" ");
            return match view(&st, &m, Some(refuse(msg)), vec![]).await? {
                Ok(p) => invalid(&p),
                Err(r) => Ok(r),
            };
        }
    };
    let updated = Stakeholder { channel, owner, version: f.version(), ..current.clone() };
    let outcome = save_part(&st, &m, async |tx| {
        db::update_stakeholder(tx, m.org_id(), &updated).await?;
        Change::new(AuditAction::StakeholderUpdated, &current.audience).values(Some(&current), Some(&updated))
    })
    .await?;
    if outcome != Outcome::Conflict {
        return Ok(after_save(&st, outcome, &back));
    }
    let fresh = {
        let mut c = st.store.conn().await?;
        db::stakeholders(&mut c, m.org_id()).await?.into_iter().find(|s| s.id == id).ok_or(AppError::NotFound)?
    };
    let rows = conflict_rows(
        lang,
        &[
            ("bcp-field-channel", fresh.channel.clone(), f.get("channel").into()),
            ("bcp-field-owner", fresh.owner.clone(), f.get("owner").into()),
        ],
    );
    match view(&st, &m, Some(refuse(lang.t("conflict-explained"))), rows).await? {
        Ok(p) => conflicted(&p),
        Err(r) => Ok(r),
    }
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
    f: Pairs,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let fields = ["channel", "subject", "body"];
    let back = format!("/o/{}/plan/communication/messages/{id}", m.org.id);
    let (h, current) = {
        let mut c = st.store.conn().await?;
        let h = db::header(&mut c, m.org_id()).await?.ok_or(AppError::NotFound)?;
        let msg = db::messages(&mut c, m.org_id()).await?.into_iter().find(|x| x.id == id).ok_or(AppError::NotFound)?;
        (h, msg)
    };
    let draft = communication::MessageDraft {
        channel: f.get("channel").into(),
        subject: f.get("subject").into(),
        body: f.get("body").into(),
        ..communication::MessageDraft::of(&current)
    };
    let checked = match communication::check_message(&draft) {
        Ok(v) => v,
        Err(errs) => {
            let msg = Message { version: f.version(), ..current };
            return invalid(&message_view(&m, &h, msg, f.shown(lang, &fields).with_errors(errs), vec![]));
        }
    };
    let mut updated = Message { version: f.version(), ..current.clone() };
    checked.apply(&mut updated);
    let outcome = save_part(&st, &m, async |tx| {
        db::update_message(tx, m.org_id(), &updated).await?;
        Change::new(AuditAction::MessageUpdated, &updated.subject).values(Some(&current), Some(&updated))
    })
    .await?;
    if outcome != Outcome::Conflict {
        return Ok(after_save(&st, outcome, &back));
    }
    let fresh = {
        let mut c = st.store.conn().await?;
        db::messages(&mut c, m.org_id()).await?.into_iter().find(|x| x.id == id).ok_or(AppError::NotFound)?
    };
    let rows = conflict_rows(
        lang,
        &[
            ("bcp-field-subject", fresh.subject.clone(), f.get("subject").into()),
            ("bcp-field-body", fresh.body.clone(), f.get("body").into()),
        ],
    );
    let mut form = f.shown(lang, &fields);
    form.add_general("conflict-explained");
    conflicted(&message_view(&m, &h, fresh, form, rows))
}
