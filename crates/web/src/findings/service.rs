//! The register's operations, the same for the forms, the API and the background jobs:
//! each checks with the rules in `core`, writes in one transaction with its audit entry,
//! and says what happened. Handlers only translate HTTP.

use jiff::civil::Date;
use serde::Serialize;
use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::engagement::{self, Engagement};
use weerbaar_core::findings::edit::{self, Draft};
use weerbaar_core::findings::flow::{self, Refusal, Request};
use weerbaar_core::findings::{Finding, Source, Status};
use weerbaar_core::validation::FieldErrors;
use weerbaar_core::{OrgId, UserId};
use weerbaar_store::{StoreError, audit, engagements, findings as db, members};

use crate::AppState;
use crate::error::{AppError, AppResult};

/// Who acts, for the history and the audit log.
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: Option<UserId>,
    pub label: String,
    pub ip: Option<String>,
}

impl Actor {
    pub fn system() -> Actor {
        Actor { id: None, label: "weerbaar".into(), ip: None }
    }
    /// The command line, as the audit log calls it.
    pub fn cli() -> Actor {
        Actor { id: None, label: "cli".into(), ip: None }
    }
}

/// How a write ended.
#[derive(Debug)]
pub enum Outcome<T> {
    Done(T),
    Invalid(FieldErrors),
    /// The flow has no such move.
    Refused {
        from: Status,
        to: Status,
    },
    /// Someone saved a newer version first: theirs.
    Conflict(Box<T>),
}

pub async fn log(
    db: &mut impl weerbaar_store::db::Db,
    org: &OrgId,
    actor: &Actor,
    action: AuditAction,
    target: &str,
    before: Option<&impl Serialize>,
    after: Option<&impl Serialize>,
) -> Result<(), StoreError> {
    let corrupt = |e: serde_json::Error| StoreError::Corrupt(e.to_string());
    let before = before.map(serde_json::to_value).transpose().map_err(corrupt)?;
    let after = after.map(serde_json::to_value).transpose().map_err(corrupt)?;
    audit::append(
        db,
        &NewAuditEntry::new(action, actor.id.clone(), actor.label.clone())
            .org(org)
            .target(target)
            .change(before, after)
            .ip(actor.ip.clone()),
    )
    .await
}

/// What the finding rules ask of the organisation: its engagements and plan resources.
async fn known(st: &AppState, org: &OrgId) -> AppResult<(Vec<String>, Vec<String>)> {
    let mut c = st.store.conn().await?;
    let e = engagements::list(&mut c, org).await?.into_iter().map(|e| e.id).collect();
    let r = weerbaar_store::bcp::load_core(&mut c, org)
        .await?
        .map(|p| p.resources.into_iter().map(|r| r.id).collect())
        .unwrap_or_default();
    Ok((e, r))
}

/// Checks a draft with the organisation's engagements and resources. A guest's finding
/// belongs to the guest's engagement and names no plan resources (they cannot see them).
pub async fn check(
    st: &AppState,
    org: &OrgId,
    d: &Draft,
    guest_of: Option<&str>,
) -> AppResult<Result<edit::Fields, FieldErrors>> {
    let (engs, res) = known(st, org).await?;
    let mut d = d.clone();
    if let Some(e) = guest_of {
        d.engagement = e.to_string();
        d.resources.clear();
    }
    let ctx = edit::Ctx {
        engagement_exists: &|id| engs.iter().any(|e| e == id),
        resource_exists: &|id| res.iter().any(|r| r == id),
    };
    Ok(edit::check(&d, &ctx))
}

pub async fn create(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    d: &Draft,
    guest_of: Option<&str>,
) -> AppResult<Outcome<Finding>> {
    let fields = match check(st, org, d, guest_of).await? {
        Ok(f) => f,
        Err(e) => return Ok(Outcome::Invalid(e)),
    };
    let source = if fields.engagement.is_some() { Source::Engagement } else { Source::Manual };
    let mut tx = st.store.begin().await?;
    let f = db::insert(&mut tx, org, &Finding::new(fields, source, None)).await?;
    db::add_event(&mut tx, org, &f.id, &actor.label, "created", None, Some(f.status), "").await?;
    log(&mut tx, org, actor, AuditAction::FindingCreated, &f.title, None::<&()>, Some(&f)).await?;
    tx.commit().await?;
    Ok(Outcome::Done(f))
}

pub async fn save(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    id: &str,
    version: i64,
    d: &Draft,
) -> AppResult<Outcome<Finding>> {
    let current = {
        let mut c = st.store.conn().await?;
        db::get(&mut c, org, id).await?.ok_or(AppError::NotFound)?
    };
    let fields = match check(st, org, d, None).await? {
        Ok(f) => f,
        Err(e) => return Ok(Outcome::Invalid(e)),
    };
    let mut f = Finding { version, ..current.clone() };
    f.engagement_id = fields.engagement;
    f.title = fields.title;
    f.description = fields.description;
    f.assets = fields.assets;
    f.remediation = fields.remediation;
    f.references = fields.references;
    f.cvss = fields.cvss;
    f.severity = fields.severity;
    f.severity_reason = fields.severity_reason;
    f.owner_email = fields.owner_email;
    f.due = fields.due;
    f.resources = fields.resources;
    let mut tx = st.store.begin().await?;
    match db::update(&mut tx, org, &f).await {
        Ok(()) => {}
        Err(StoreError::Conflict) => {
            tx.rollback().await?;
            let mut c = st.store.conn().await?;
            return Ok(Outcome::Conflict(Box::new(db::get(&mut c, org, id).await?.ok_or(AppError::NotFound)?)));
        }
        Err(e) => return Err(e.into()),
    }
    db::add_event(&mut tx, org, id, &actor.label, "edited", None, None, "").await?;
    log(&mut tx, org, actor, AuditAction::FindingUpdated, &f.title, Some(&current), Some(&f)).await?;
    tx.commit().await?;
    let mut c = st.store.conn().await?;
    Ok(Outcome::Done(db::get(&mut c, org, id).await?.ok_or(AppError::NotFound)?))
}

/// A move in the status flow. `version`: the version the caller saw (None: the current
/// one, for the system's own moves).
pub async fn transition(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    id: &str,
    version: Option<i64>,
    r: &Request,
    today: Date,
) -> AppResult<Outcome<Finding>> {
    let mut tx = st.store.begin().await?;
    let current = db::get(&mut tx, org, id).await?.ok_or(AppError::NotFound)?;
    if version.is_some_and(|v| v != current.version) {
        tx.rollback().await?;
        return Ok(Outcome::Conflict(Box::new(current)));
    }
    let admins: Vec<String> = members::list(&mut tx, org)
        .await?
        .into_iter()
        .filter(|m| m.role == weerbaar_core::role::OrgRole::Admin)
        .map(|m| m.email.to_lowercase())
        .collect();
    let dup = r.duplicate_of.trim().to_string();
    let dup_exists = !dup.is_empty() && db::exists(&mut tx, org, &dup).await?;
    let checked = {
        let ctx =
            flow::Ctx { today, id, is_admin: &|e| admins.iter().any(|a| a == e), exists: &|x| x == dup && dup_exists };
        flow::check(current.status, r, &ctx)
    };
    let ch = match checked {
        Ok(c) => c,
        Err(Refusal::NotAllowed { from, to }) => return Ok(Outcome::Refused { from, to }),
        Err(Refusal::Invalid(e)) => return Ok(Outcome::Invalid(e)),
    };
    let (policy, _) = db::policy(&mut tx, org).await?;
    let due = if ch.confirms {
        if current.status == Status::New && current.due.is_some() {
            current.due
        } else {
            policy.due(current.severity, today)
        }
    } else {
        current.due
    };
    db::apply(&mut tx, org, &current, &ch, due, today, &actor.label).await?;
    let after = db::get(&mut tx, org, id).await?.ok_or(AppError::NotFound)?;
    let action = if actor.id.is_none() && r.to == "confirmed" && current.status == Status::RiskAccepted {
        AuditAction::FindingReopenedAtExpiry
    } else {
        AuditAction::FindingStatusChanged
    };
    log(
        &mut tx,
        org,
        actor,
        action,
        &current.title,
        Some(&serde_json::json!({"status": current.status})),
        Some(&serde_json::json!({"status": after.status, "reason": ch.reason, "retest": ch.retest,
            "accepted_until": after.acceptance.as_ref().map(|a| a.until)})),
    )
    .await?;
    tx.commit().await?;
    Ok(Outcome::Done(after))
}

pub async fn comment(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    id: &str,
    text: &str,
) -> AppResult<Result<(), FieldErrors>> {
    let mut e = FieldErrors::new();
    let body = e
        .check(weerbaar_core::validation::optional_text("comment", text, weerbaar_core::bcp::model::TEXT_MAX))
        .flatten();
    let Some(body) = body.filter(|_| e.is_empty()) else {
        if e.is_empty() {
            e.push(weerbaar_core::validation::FieldError::new("comment", "error-required"));
        }
        return Ok(Err(e));
    };
    let mut tx = st.store.begin().await?;
    let f = db::get(&mut tx, org, id).await?.ok_or(AppError::NotFound)?;
    db::add_event(&mut tx, org, id, &actor.label, "comment", None, None, &body).await?;
    log(&mut tx, org, actor, AuditAction::FindingCommented, &f.title, None::<&()>, Some(&body)).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

pub async fn create_engagement(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    d: &engagement::Draft,
) -> AppResult<Outcome<Engagement>> {
    let (title, kind, details) = match engagement::check(d) {
        Ok(v) => v,
        Err(e) => return Ok(Outcome::Invalid(e)),
    };
    let mut tx = st.store.begin().await?;
    let e = engagements::create(&mut tx, org, &title, kind, &details).await?;
    log(&mut tx, org, actor, AuditAction::EngagementCreated, &e.title, None::<&()>, Some(&e)).await?;
    tx.commit().await?;
    Ok(Outcome::Done(e))
}

pub async fn save_engagement(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    current: &Engagement,
    version: i64,
    d: &engagement::Draft,
) -> AppResult<Outcome<Engagement>> {
    let (title, kind, details) = match engagement::check(d) {
        Ok(v) => v,
        Err(e) => return Ok(Outcome::Invalid(e)),
    };
    let mut tx = st.store.begin().await?;
    match engagements::update(&mut tx, org, &current.id, version, &title, kind, &details).await {
        Ok(()) => {}
        Err(StoreError::Conflict) => {
            tx.rollback().await?;
            let mut c = st.store.conn().await?;
            let fresh = engagements::get(&mut c, org, &current.id).await?.ok_or(AppError::NotFound)?;
            return Ok(Outcome::Conflict(Box::new(fresh)));
        }
        Err(e) => return Err(e.into()),
    }
    let after = engagements::get(&mut tx, org, &current.id).await?.ok_or(AppError::NotFound)?;
    log(&mut tx, org, actor, AuditAction::EngagementUpdated, &after.title, Some(current), Some(&after)).await?;
    tx.commit().await?;
    Ok(Outcome::Done(after))
}

/// Why an engagement's status cannot move.
pub enum StatusRefusal {
    NotAllowed,
    NeedsAuthorisation,
    Conflict,
}

pub async fn set_engagement_status(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    current: &Engagement,
    version: i64,
    to: engagement::Status,
) -> AppResult<Result<Engagement, StatusRefusal>> {
    match engagement::check_status(current.status, to, current.authorisation.is_some()) {
        Ok(()) => {}
        Err(engagement::Refusal::NotAllowed) => return Ok(Err(StatusRefusal::NotAllowed)),
        Err(engagement::Refusal::NeedsAuthorisation) => return Ok(Err(StatusRefusal::NeedsAuthorisation)),
    }
    let mut tx = st.store.begin().await?;
    match engagements::set_status(&mut tx, org, &current.id, version, to).await {
        Ok(()) => {}
        Err(StoreError::Conflict) => return Ok(Err(StatusRefusal::Conflict)),
        Err(e) => return Err(e.into()),
    }
    log(
        &mut tx,
        org,
        actor,
        AuditAction::EngagementStatusChanged,
        &current.title,
        Some(&serde_json::json!({"status": current.status})),
        Some(&serde_json::json!({"status": to})),
    )
    .await?;
    let after = engagements::get(&mut tx, org, &current.id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(Ok(after))
}

/// An import, previewed or carried out, with its audit entry.
pub async fn import(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    e: &Engagement,
    format: weerbaar_scan::Format,
    bytes: &[u8],
    dry_run: bool,
) -> AppResult<Result<db::ImportReport, db::ImportFailure>> {
    let today = weerbaar_core::today();
    let mut tx = st.store.begin().await?;
    let r = match db::run_import(&mut tx, org, &e.id, format, bytes, dry_run, &actor.label, today).await {
        Ok(r) => r,
        Err(db::ImportFailure::Store(e)) => return Err(e.into()),
        Err(f) => return Ok(Err(f)),
    };
    if !dry_run && r.changes {
        log(
            &mut tx,
            org,
            actor,
            AuditAction::FindingsImported,
            &e.title,
            None::<&()>,
            Some(&serde_json::json!({
            "format": format.as_str(), "created": r.counts.created, "unchanged": r.counts.unchanged,
            "reopened": r.counts.reopened, "not_seen": r.counts.not_seen})),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Ok(r))
}
