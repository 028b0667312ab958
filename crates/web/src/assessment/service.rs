//! The self-assessment's operations, the same for the pages, the API and the CLI: each
//! checks with the rules in `core::assessment`, writes in one transaction with its audit
//! entry, and says what happened. Handlers only translate HTTP.

use std::collections::HashMap;
use std::sync::Arc;

use weerbaar_core::assessment::access::{self, Scope};
use weerbaar_core::assessment::answer::{self, Answer, Draft, Evidence};
use weerbaar_core::assessment::rollup::roll_up;
use weerbaar_core::assessment::{self as core, Format, Framework, Problem, start, upgrade};
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::model::{Approval, PlanStatus, next_version_label};
use weerbaar_core::bcp::workflow::{self, Action, EditStart};
use weerbaar_core::findings::{Finding, Source};
use weerbaar_core::validation::{FieldError, FieldErrors};
use weerbaar_core::{OrgId, UserId};
use weerbaar_store::assessments::{self as db, Assessment, Stored, frameworks};
use weerbaar_store::{StoreError, findings as fdb};

use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::findings::service::{Actor, Outcome, log};

/// An assessment with its framework and answers, as every page and export reads it.
pub struct Loaded {
    pub a: Assessment,
    pub fw: Arc<Framework>,
    pub answers: HashMap<String, Stored>,
    /// The answers alone, as the rules take them.
    plain: HashMap<String, Answer>,
}

impl Loaded {
    pub fn new(a: Assessment, fw: Arc<Framework>, answers: HashMap<String, Stored>) -> Loaded {
        let plain = answers.iter().map(|(k, v)| (k.clone(), v.answer.clone())).collect();
        Loaded { a, fw, answers, plain }
    }
    pub fn plain(&self) -> &HashMap<String, Answer> {
        &self.plain
    }
    pub fn level(&self) -> Option<&str> {
        self.a.level.as_deref()
    }
}

pub async fn load(st: &AppState, org: &OrgId, id: &str) -> AppResult<Loaded> {
    let mut c = st.store.conn().await?;
    let a = db::get(&mut c, org, id).await?.ok_or(AppError::NotFound)?;
    let answers = db::answers(&mut c, org, id).await?;
    drop(c);
    let fw = st.frameworks.get(st, &a.framework_id).await?;
    Ok(Loaded::new(a, fw, answers))
}

/// What a caller may see of an assessment: everything, or a respondent's sections.
pub async fn scope(
    st: &AppState,
    org: &OrgId,
    id: &str,
    user: &UserId,
    role: weerbaar_core::role::OrgRole,
) -> AppResult<Scope> {
    if role >= weerbaar_core::role::OrgRole::Editor {
        return Ok(Scope::All);
    }
    let mut c = st.store.conn().await?;
    Ok(Scope::of(role, db::sections_of(&mut c, org, id, user.as_str()).await?))
}

/// A framework import, with what the new version does to existing answers.
pub struct Imported {
    pub summary: frameworks::Summary,
    pub upgrade: Option<upgrade::Upgrade>,
    /// Per assessment id: the answered requirements the new version no longer has.
    pub orphaned: Vec<(String, Vec<String>)>,
}

/// Takes the store, not the application: the CLI imports with the same steps.
pub async fn import_framework(
    store: &weerbaar_store::Store,
    actor: &Actor,
    format: Format,
    bytes: &[u8],
) -> AppResult<Result<Imported, Vec<Problem>>> {
    let fw = match core::import(format, bytes) {
        Ok(f) => f,
        Err(p) => return Ok(Err(p)),
    };
    let mut tx = store.begin().await?;
    if frameworks::by_urn(&mut tx, &fw.urn).await?.is_some_and(|s| s.shipped) {
        tx.rollback().await?;
        return Ok(Err(vec![Problem::new("urn", "framework-shipped", fw.urn.clone())]));
    }
    let (id, old) = frameworks::save(&mut tx, &fw, format, false, &actor.label).await?;
    let answered = frameworks::answered(&mut tx, &id).await?;
    let upgrade =
        old.as_ref().map(|o| upgrade::plan(o, &fw, &answered.iter().map(|(_, r)| r.clone()).collect::<Vec<_>>()));
    let mut orphaned: Vec<(String, Vec<String>)> = Vec::new();
    if old.is_some() {
        let keep: std::collections::HashSet<&str> =
            fw.nodes.iter().filter(|n| n.assessable).map(|n| n.id.as_str()).collect();
        for (a, r) in &answered {
            if !keep.contains(r.as_str()) {
                match orphaned.last_mut() {
                    Some((x, v)) if x == a => v.push(r.clone()),
                    _ => orphaned.push((a.clone(), vec![r.clone()])),
                }
            }
        }
    }
    let summary = frameworks::get(&mut tx, &id).await?.ok_or(AppError::NotFound)?;
    weerbaar_store::audit::append(
        &mut tx,
        &weerbaar_core::audit::NewAuditEntry::new(
            AuditAction::FrameworkImported,
            actor.id.clone(),
            actor.label.clone(),
        )
        .target(&summary.name)
        .change(
            old.as_ref().map(|o| serde_json::json!({"version": o.version})),
            Some(serde_json::json!({"version": fw.version, "format": format.as_str(), "requirements": fw.nodes.len()})),
        )
        .ip(actor.ip.clone()),
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(Imported { summary, upgrade, orphaned }))
}

/// Starts an assessment; `from_last`: with the answers of the organisation's latest
/// assessment of the same framework.
#[allow(clippy::too_many_arguments)]
pub async fn start(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    framework_id: &str,
    level: &str,
    title: &str,
    from_last: bool,
    default_title: &str,
) -> AppResult<Result<Assessment, FieldErrors>> {
    let fw = match st.frameworks.get(st, framework_id).await {
        Ok(f) => f,
        Err(AppError::NotFound) => return Ok(Err(FieldError::new("framework", "error-choose-option").into())),
        Err(e) => return Err(e),
    };
    let s = match start::check(&fw, level, title, default_title) {
        Ok(s) => s,
        Err(e) => return Ok(Err(e)),
    };
    let mut tx = st.store.begin().await?;
    let from = if from_last {
        db::list(&mut tx, org).await?.into_iter().find(|a| a.framework_id == framework_id).map(|a| a.id)
    } else {
        None
    };
    let a = db::create(&mut tx, org, framework_id, s.level.as_deref(), &s.title, from.as_deref(), &actor.label).await?;
    log(&mut tx, org, actor, AuditAction::AssessmentCreated, &a.title, None::<&()>, Some(&a)).await?;
    tx.commit().await?;
    Ok(Ok(a))
}

/// What the evidence rule may link to in this organisation: adopted toolkit resources,
/// and the continuity plan once it has been approved.
async fn evidence_ctx(st: &AppState, org: &OrgId) -> AppResult<(Vec<String>, bool)> {
    let mut c = st.store.conn().await?;
    let adopted = weerbaar_store::adoption::list(&mut c, org).await?.into_iter().map(|r| r.resource_id).collect();
    let plan = weerbaar_store::bcp::header(&mut c, org).await?.is_some_and(|h| h.approval.is_some());
    Ok((adopted, plan))
}

/// One answer to write: the requirement, the form's draft, the version it started from.
pub struct Item {
    pub requirement: String,
    pub draft: Draft,
    pub version: i64,
}

pub enum Saved {
    Done(usize),
    /// Per requirement, its field errors.
    Invalid(Vec<(String, FieldErrors)>),
    /// Someone saved these first.
    Conflict(Vec<String>),
    /// Submitted: no edits until withdrawn or decided.
    Locked,
    /// Not a requirement of this assessment, or not in the caller's sections.
    NotYours,
}

/// Saves answers (one section's, or one through the API). All are checked first;
/// nothing is written unless all are good and none was changed meanwhile.
pub async fn save_answers(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    l: &Loaded,
    scope: &Scope,
    items: &[Item],
) -> AppResult<Saved> {
    let fw = &l.fw;
    for it in items {
        let Some(i) =
            fw.index_of(&it.requirement).filter(|i| fw.nodes[*i].assessable && fw.nodes[*i].in_level(l.level()))
        else {
            return Ok(Saved::NotYours);
        };
        let section = fw.section_of(i).unwrap_or(i);
        if !scope.sees(&fw.nodes[section].id) {
            return Ok(Saved::NotYours);
        }
    }
    let edit = workflow::begin_edit_of(l.a.status, &l.a.version_label);
    if edit == EditStart::Locked {
        return Ok(Saved::Locked);
    }
    let (adopted, plan) = evidence_ctx(st, org).await?;
    let mut c = st.store.conn().await?;
    let mut findings_known = Vec::new();
    for it in items {
        for e in it.draft.evidence.iter().filter_map(|s| Evidence::parse(s)) {
            if let Evidence::Finding(id) = e
                && fdb::exists(&mut c, org, &id).await?
            {
                findings_known.push(id);
            }
        }
    }
    drop(c);
    let mut checked = Vec::new();
    let mut bad = Vec::new();
    {
        let exists = |e: &Evidence| match e {
            Evidence::Plan => plan,
            Evidence::Resource(r) => adopted.iter().any(|x| x == r),
            Evidence::Finding(f) => findings_known.iter().any(|x| x == f),
        };
        let ctx = answer::Ctx { scale: fw.scale.as_ref(), evidence_exists: &exists };
        for it in items {
            match answer::check(&it.draft, &ctx) {
                Ok(a) => checked.push((it, a)),
                Err(e) => bad.push((it.requirement.clone(), e)),
            }
        }
    }
    if !bad.is_empty() {
        return Ok(Saved::Invalid(bad));
    }
    // Only what changed is written: an unchanged form saves nothing and conflicts with no one.
    let changed: Vec<&(&Item, Answer)> =
        checked.iter().filter(|(it, a)| l.answers.get(&it.requirement).map(|s| &s.answer) != Some(a)).collect();
    if changed.is_empty() {
        return Ok(Saved::Done(0));
    }
    let mut tx = st.store.begin().await?;
    if let EditStart::NewDraft(label) = &edit {
        db::set_status(&mut tx, org, &l.a.id, l.a.version, PlanStatus::Draft, label, None).await.map_err(
            |e| match e {
                StoreError::Conflict => AppError::Conflict,
                e => e.into(),
            },
        )?;
    }
    let mut conflicts = Vec::new();
    for (it, a) in &changed {
        match db::put_answer(&mut tx, org, &l.a.id, &it.requirement, a, it.version, &actor.label).await {
            Ok(_) => {}
            Err(StoreError::Conflict) => conflicts.push(it.requirement.clone()),
            Err(e) => return Err(e.into()),
        }
    }
    if !conflicts.is_empty() {
        tx.rollback().await?;
        return Ok(Saved::Conflict(conflicts));
    }
    let summary: Vec<serde_json::Value> =
        changed.iter().map(|(it, a)| serde_json::json!({"requirement": it.requirement, "answer": a})).collect();
    log(&mut tx, org, actor, AuditAction::AssessmentAnswered, &l.a.title, None::<&()>, Some(&summary)).await?;
    tx.commit().await?;
    Ok(Saved::Done(changed.len()))
}

/// The figures kept with a version: the value per top node and the total.
pub fn figures(l: &Loaded) -> serde_json::Value {
    let r = roll_up(&l.fw, l.level(), l.plain());
    let roots: serde_json::Map<String, serde_json::Value> =
        l.fw.roots().into_iter().map(|i| (l.fw.nodes[i].id.clone(), serde_json::json!(r.of(i).value))).collect();
    serde_json::json!({"roots": roots, "total": r.total.value})
}

pub enum StatusResult {
    Done(Box<Assessment>),
    Refused(&'static str),
    Conflict,
}

/// Submit, withdraw or approve: the BCP's own road to approval (`core::bcp::workflow`).
pub async fn set_status(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    l: &Loaded,
    version: i64,
    action: &Action,
) -> AppResult<StatusResult> {
    let to = match workflow::apply(l.a.status, action) {
        Ok(s) => s,
        Err(r) => return Ok(StatusResult::Refused(r.message_key())),
    };
    let approval: Option<&Approval> = match action {
        Action::Approve(a) => Some(a),
        _ => None,
    };
    let mut tx = st.store.begin().await?;
    match db::set_status(&mut tx, org, &l.a.id, version, to, &l.a.version_label, approval.or(l.a.approval.as_ref()))
        .await
    {
        Ok(()) => {}
        Err(StoreError::Conflict) => return Ok(StatusResult::Conflict),
        Err(e) => return Err(e.into()),
    }
    if matches!(action, Action::Submit | Action::Approve(_)) {
        let figures = figures(l);
        let snapshot = serde_json::json!({
            "framework": {"urn": l.fw.urn, "name": l.fw.name, "version": l.fw.version},
            "level": l.a.level, "label": l.a.version_label, "status": to,
            "approval": approval, "answers": l.plain(), "figures": figures,
        });
        db::keep_version(&mut tx, org, &l.a, to, &figures.to_string(), &snapshot.to_string(), &actor.label).await?;
    }
    log(
        &mut tx,
        org,
        actor,
        AuditAction::AssessmentStatusChanged,
        &l.a.title,
        Some(&serde_json::json!({"status": l.a.status})),
        Some(&serde_json::json!({"status": to, "approval": approval})),
    )
    .await?;
    let after = db::get(&mut tx, org, &l.a.id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(StatusResult::Done(Box::new(after)))
}

/// Assigns a section to a member by e-mail address.
pub async fn add_respondent(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    l: &Loaded,
    section: &str,
    email: &str,
) -> AppResult<Result<(), FieldErrors>> {
    if !l.fw.sections(l.level()).iter().any(|i| l.fw.nodes[*i].id == section) {
        return Ok(Err(FieldError::new("section", "error-choose-option").into()));
    }
    let mut tx = st.store.begin().await?;
    let members = weerbaar_store::members::list(&mut tx, org).await?;
    let Some(m) = members.iter().find(|m| m.email.eq_ignore_ascii_case(email.trim())) else {
        tx.rollback().await?;
        return Ok(Err(FieldError::new("email", "error-respondent-not-member").into()));
    };
    db::add_respondent(&mut tx, org, &l.a.id, section, m.user_id.as_str()).await?;
    log(
        &mut tx,
        org,
        actor,
        AuditAction::AssessmentRespondentAdded,
        &m.email,
        None::<&()>,
        Some(&serde_json::json!({"assessment": l.a.title, "section": section})),
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(()))
}

pub async fn remove_respondent(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    l: &Loaded,
    section: &str,
    user: &str,
) -> AppResult<bool> {
    let mut tx = st.store.begin().await?;
    let gone = db::remove_respondent(&mut tx, org, &l.a.id, section, user).await?;
    if gone {
        log(
            &mut tx,
            org,
            actor,
            AuditAction::AssessmentRespondentRemoved,
            user,
            Some(&serde_json::json!({"assessment": l.a.title, "section": section})),
            None::<&()>,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(gone)
}

/// Turns the gap on `requirement` into an action in the findings register.
#[allow(clippy::too_many_arguments)]
pub async fn create_action(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    l: &Loaded,
    requirement: &str,
    owner: &str,
    due: &str,
    lang: crate::i18n::Lang,
) -> AppResult<Outcome<Finding>> {
    let fw = &l.fw;
    let Some(i) = fw.index_of(requirement) else { return Err(AppError::NotFound) };
    let a = l.answers.get(requirement).map(|s| s.answer.clone()).unwrap_or_default();
    let target = fw.target_of(&fw.nodes[i]).map(|t| a.target.unwrap_or(t));
    if !a.is_gap(target) {
        return Ok(Outcome::Invalid(FieldError::new("requirement", "error-not-a-gap").into()));
    }
    let mut c = st.store.conn().await?;
    if db::actions(&mut c, org, &l.a.id).await?.iter().any(|(_, r)| r == requirement) {
        return Ok(Outcome::Invalid(FieldError::new("requirement", "error-action-exists").into()));
    }
    drop(c);
    let d = {
        let reason = |d: &str| lang.t1("assessment-gap-reason", "detail", d);
        let words = weerbaar_core::assessment::action::Words { reason: &reason };
        weerbaar_core::assessment::action::draft(fw, i, &a, lang.code(), owner, due, &words)
    };
    let fields = match crate::findings::service::check(st, org, &d, None).await? {
        Ok(f) => f,
        Err(e) => return Ok(Outcome::Invalid(e)),
    };
    let mut tx = st.store.begin().await?;
    let f = fdb::insert(&mut tx, org, &Finding::new(fields, Source::Assessment, None)).await?;
    fdb::add_event(&mut tx, org, &f.id, &actor.label, "created", None, Some(f.status), "").await?;
    db::link_action(&mut tx, org, &f.id, &l.a.id, requirement).await?;
    log(&mut tx, org, actor, AuditAction::AssessmentActionCreated, &f.title, None::<&()>, Some(&f)).await?;
    tx.commit().await?;
    Ok(Outcome::Done(f))
}

/// Shares anonymous figures with an umbrella organisation, or stops.
pub async fn set_share(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    umbrella: &str,
) -> AppResult<Result<(), FieldErrors>> {
    let mut tx = st.store.begin().await?;
    let target = match umbrella.trim() {
        "" => None,
        u => {
            let id: Option<OrgId> = u.parse().ok();
            let found = match &id {
                Some(id) if id != org => weerbaar_store::orgs::get(&mut tx, id).await?,
                _ => None,
            };
            match found {
                Some(o) if o.profile.kind == weerbaar_core::org::OrgKind::Umbrella => Some(o.id),
                _ => {
                    tx.rollback().await?;
                    return Ok(Err(FieldError::new("umbrella", "error-choose-option").into()));
                }
            }
        }
    };
    let before = weerbaar_store::assessments::benchmark::share_of(&mut tx, org).await?;
    weerbaar_store::assessments::benchmark::set_share(&mut tx, org, target.as_ref()).await?;
    log(&mut tx, org, actor, AuditAction::BenchmarkShareChanged, "benchmark", Some(&before), Some(&target)).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// The next label when an approved assessment is edited (re-exported for the pages).
pub fn next_label(l: &Loaded) -> String {
    next_version_label(&l.a.version_label)
}

pub fn may_answer(scope: &Scope, l: &Loaded, section: &str) -> bool {
    access::may_answer(scope, l.a.status != PlanStatus::Submitted, section)
}
