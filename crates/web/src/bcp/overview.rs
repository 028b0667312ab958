//! The plan's home: starting from the template, progress, checks, the recovery order,
//! and the road to approval.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::checks::{self, Finding};
use weerbaar_core::bcp::completeness::completeness;
use weerbaar_core::bcp::exchange::export;
use weerbaar_core::bcp::model::*;
use weerbaar_core::bcp::recovery::recovery_order;
use weerbaar_core::bcp::workflow;
use weerbaar_core::id::new_row_id;
use weerbaar_store::bcp as db;

use super::*;
use crate::error::{AppError, AppResult};
use crate::forms::{FormState, Pairs};
use crate::http::{render, see_other, see_other_with_flash};
use crate::page::{ApprovePlan, Edit, Member, Page, Read};

pub fn today() -> jiff::civil::Date {
    weerbaar_core::today()
}

/// A template activity to choose when starting.
pub struct Choice {
    pub key: String,
    pub department: String,
    pub name: String,
}

#[derive(Template)]
#[template(path = "bcp/start.html")]
struct StartPage {
    page: Page,
    choices: Vec<Choice>,
    can_edit: bool,
    error: Option<String>,
}

pub struct SectionView {
    pub label: String,
    pub percent: u32,
    pub href: String,
    /// What the percentage counts, in words.
    pub explain: String,
}

/// Each part of the plan's completeness with what it counts and where to fix it.
pub(crate) fn section_views(
    lang: crate::i18n::Lang,
    org: &weerbaar_core::OrgId,
    c: &weerbaar_core::bcp::completeness::Completeness,
) -> Vec<SectionView> {
    c.sections
        .iter()
        .map(|s| {
            let path = STEPS.iter().find(|(k, _)| *k == s.key).map(|(_, p)| *p).unwrap_or("");
            let args = [("done", s.done.to_string()), ("total", s.total.to_string())];
            SectionView {
                label: lang.t(&format!("bcp-step-{}", s.key)),
                percent: s.percent(),
                href: format!("/o/{org}/plan/{path}"),
                explain: lang.t_args(&format!("bcp-explain-{}", s.key), &args),
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "bcp/overview.html")]
struct OverviewPage {
    page: Page,
    steps: Vec<Step>,
    header: PlanHeader,
    status: String,
    sections: Vec<SectionView>,
    overall: u32,
    errors: usize,
    warnings: usize,
    infos: usize,
    top: Vec<FindingView>,
    activities: usize,
    critical: usize,
    resources: usize,
    pack: Option<crate::documents::PackStatus>,
}

fn template_choices(lang: &str) -> AppResult<Vec<Choice>> {
    let t = weerbaar_content::bcp_template().map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(t.activities
        .iter()
        .map(|a| Choice {
            key: a.key.clone(),
            department: a.department.get(lang).into(),
            name: a.name.get(lang).into(),
        })
        .collect())
}

pub fn plan_lang(l: crate::i18n::Lang) -> &'static str {
    match l {
        crate::i18n::Lang::Nl => "nl",
        crate::i18n::Lang::En => "en",
        crate::i18n::Lang::Fr => "fr",
    }
}

pub(super) async fn page(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let mut c = st.store.conn().await?;
    let Some(plan) = db::summary(&mut c, m.org_id(), today()).await? else {
        drop(c);
        let can = weerbaar_core::role::org_allows(m.role, weerbaar_core::role::OrgAction::Edit);
        return render(&StartPage {
            page: m.page("plan"),
            choices: template_choices(plan_lang(lang))?,
            can_edit: can,
            error: None,
        });
    };
    let pack = crate::documents::pack_status(&mut c, m.org_id(), &plan.fingerprint, lang).await?;
    drop(c);
    let org = &m.org.id;
    let sections = section_views(lang, org, &plan.completeness);
    let top: Vec<Finding> = plan.top(5).into_iter().cloned().collect();
    render(&OverviewPage {
        page: m.page("plan"),
        steps: steps(lang, org, ""),
        overall: plan.completeness.overall(),
        sections,
        errors: plan.errors,
        warnings: plan.warnings,
        infos: plan.infos,
        top: finding_views(lang, org, &top),
        activities: plan.activities,
        critical: plan.critical,
        resources: plan.resources,
        pack: Some(pack),
        status: lang.t(&format!("plan-status-{}", plan.header.status.as_str())),
        header: plan.header.clone(),
    })
}

/// A new plan from the template for this member's organisation, in their language.
pub(crate) fn new_plan<A: crate::page::OrgPermission>(
    m: &Member<A>,
    activities: Option<&[String]>,
) -> AppResult<Result<Plan, weerbaar_core::validation::FieldErrors>> {
    let t = weerbaar_content::bcp_template().map_err(|e| AppError::Internal(e.to_string()))?;
    let classification = m.ctx.lang.t("bcp-classification-default");
    let n = workflow::NewPlan {
        lang: plan_lang(m.ctx.lang),
        activities,
        owner_name: &m.user.name,
        owner_email: &m.user.email,
        classification: &classification,
        org_kind: m.org.profile.kind,
    };
    Ok(workflow::new_plan(t, &n, new_row_id))
}

pub(super) async fn start(State(st): State<AppState>, m: Member<Edit>, f: Pairs) -> AppResult<Response> {
    let chosen = f.all("activity");
    let Ok(plan) = new_plan(&m, Some(&chosen))? else {
        return invalid(&StartPage {
            page: m.page("plan"),
            choices: template_choices(plan_lang(m.ctx.lang))?,
            can_edit: true,
            error: Some(m.ctx.lang.t("bcp-start-choose")),
        });
    };
    let mut tx = st.store.begin().await?;
    match db::insert(&mut tx, m.org_id(), &plan).await {
        Ok(()) => {}
        Err(weerbaar_store::StoreError::Duplicate(_)) => return Ok(see_other(&format!("/o/{}/plan", m.org.id))),
        Err(e) => return Err(e.into()),
    }
    audit_edit(
        &mut tx,
        &m,
        AuditAction::PlanCreated,
        &m.ctx.lang.t("bcp-title"),
        None::<&()>,
        Some(&serde_json::json!({"activities": plan.activities.len()})),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&format!("/o/{}/plan/scope", m.org.id), "flash-plan-created", st.cfg.tls()))
}

#[derive(Template)]
#[template(path = "bcp/checks.html")]
struct ChecksPage {
    page: Page,
    steps: Vec<Step>,
    errors: Vec<FindingView>,
    warnings: Vec<FindingView>,
    infos: Vec<FindingView>,
}

pub(super) async fn checks_page(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    let plan = {
        let mut c = st.store.conn().await?;
        db::load(&mut c, m.org_id()).await?
    };
    let Some(plan) = plan else { return Ok(see_other(&format!("/o/{}/plan", m.org.id))) };
    let f = checks::run(&plan, today());
    let v = finding_views(m.ctx.lang, &m.org.id, &f);
    let by = |s: &str| v.iter().filter(|x| x.severity == s).cloned().collect::<Vec<_>>();
    render(&ChecksPage {
        steps: steps(m.ctx.lang, &m.org.id, ""),
        errors: by("error"),
        warnings: by("warning"),
        infos: by("info"),
        page: m.page("plan"),
    })
}

pub struct RecoveryRow {
    pub order: usize,
    pub wave: usize,
    pub name: String,
    pub kind: String,
    pub href: String,
    pub needed: String,
    pub available: String,
    pub late: bool,
}

#[derive(Template)]
#[template(path = "bcp/recovery.html")]
struct RecoveryPage {
    page: Page,
    steps: Vec<Step>,
    rows: Vec<RecoveryRow>,
    cycles: Vec<String>,
    blocked: Vec<String>,
}

pub(super) async fn recovery_page(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    let plan = {
        let mut c = st.store.conn().await?;
        db::load_core(&mut c, m.org_id()).await?
    };
    let Some(plan) = plan else { return Ok(see_other(&format!("/o/{}/plan", m.org.id))) };
    let lang = m.ctx.lang;
    let o = recovery_order(&plan);
    let name = |id: &str| plan.resource(id).map(|r| r.name.clone()).unwrap_or_default();
    let dash = || "—".to_string();
    let rows = o
        .steps
        .iter()
        .map(|s| {
            let r = plan.resource(&s.resource_id);
            RecoveryRow {
                order: s.order,
                wave: s.wave,
                name: name(&s.resource_id),
                kind: r.map(|r| lang.t(&r.kind.label_key())).unwrap_or_default(),
                href: format!("/o/{}/plan/resources/{}", m.org.id, s.resource_id),
                needed: s.needed_within_hours.map(|h| hours_label(lang, h)).unwrap_or_else(dash),
                available: s.available_hours.map(|h| hours_label(lang, h)).unwrap_or_else(|| lang.t("bcp-unknown")),
                late: matches!((s.available_hours, s.needed_within_hours), (Some(a), Some(n)) if a > n),
            }
        })
        .collect();
    let cycles = o.cycles.iter().map(|c| c.iter().map(|id| name(id)).collect::<Vec<_>>().join(" → ")).collect();
    let blocked = o.blocked.iter().map(|id| name(id)).collect();
    render(&RecoveryPage { page: m.page("plan"), steps: steps(lang, &m.org.id, ""), rows, cycles, blocked })
}

pub struct VersionView {
    pub id: String,
    pub label: String,
    pub status: String,
    pub by: String,
    pub at: String,
}

#[derive(Template)]
#[template(path = "bcp/review.html")]
struct ReviewPage {
    page: Page,
    steps: Vec<Step>,
    header: PlanHeader,
    status: String,
    errors: usize,
    warnings: usize,
    overall: u32,
    /// Snapshots the board decided on, and those only sent to it.
    approved_versions: Vec<VersionView>,
    submitted_versions: Vec<VersionView>,
    approve_form: FormState,
    history: Vec<crate::org::AuditRow>,
}

/// The second step of an approval: the decision as entered, the plan's completeness
/// and its serious findings, and the box that says the approver saw them.
#[derive(Template)]
#[template(path = "bcp/approve_confirm.html")]
struct ApproveConfirmPage {
    page: Page,
    steps: Vec<Step>,
    form: FormState,
    overall: u32,
    sections: Vec<SectionView>,
    serious: Vec<FindingView>,
}

async fn review_view(
    st: &AppState,
    m: &Member<impl crate::page::OrgPermission>,
    approve_form: FormState,
) -> AppResult<Result<ReviewPage, Response>> {
    let lang = m.ctx.lang;
    let mut c = st.store.conn().await?;
    let Some(plan) = db::load(&mut c, m.org_id()).await? else {
        return Ok(Err(see_other(&format!("/o/{}/plan", m.org.id))));
    };
    let f = checks::run(&plan, today());
    let (errors, warnings, _) = checks::summary(&f);
    let (approved_versions, submitted_versions): (Vec<_>, Vec<_>) = db::versions(&mut c, m.org_id())
        .await?
        .into_iter()
        .map(|v| {
            let approved = v.status != PlanStatus::Submitted;
            let view = VersionView {
                id: v.id,
                label: v.label,
                status: lang.t(&format!("plan-status-{}", v.status.as_str())),
                by: v.created_by,
                at: lang.datetime(v.created_at),
            };
            (approved, view)
        })
        .partition(|(approved, _)| *approved);
    let approved_versions = approved_versions.into_iter().map(|(_, v)| v).collect();
    let submitted_versions = submitted_versions.into_iter().map(|(_, v)| v).collect();
    let filter = weerbaar_store::audit::AuditFilter { limit: 30, ..Default::default() };
    let (entries, _) = weerbaar_store::audit::list(&mut c, m.org_id(), &filter).await?;
    let history = crate::org::audit_rows(
        lang,
        entries
            .into_iter()
            .filter(|e| e.action().is_some_and(|a| a.code().starts_with("plan_") || plan_part_action(a)))
            .collect(),
    );
    Ok(Ok(ReviewPage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "approval"),
        status: lang.t(&format!("plan-status-{}", plan.header.status.as_str())),
        errors,
        warnings,
        overall: completeness(&plan).overall(),
        approved_versions,
        submitted_versions,
        approve_form,
        history,
        header: plan.header,
    }))
}

fn plan_part_action(a: AuditAction) -> bool {
    use AuditAction::*;
    matches!(
        a,
        ScaleUpdated
            | ActivityCreated
            | ActivityUpdated
            | ActivityDeleted
            | ResourceCreated
            | ResourceUpdated
            | ResourceDeleted
            | CrisisUpdated
            | CrisisRoleUpdated
            | PlaybookUpdated
            | StakeholderUpdated
            | MessageUpdated
            | ExerciseCreated
            | ExerciseUpdated
            | ExerciseDeleted
    )
}

pub(super) async fn review_page(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    // The body may be suggested; the date and the reference are typed by the approver.
    let form = FormState::new(m.ctx.lang).value_of("body", m.ctx.lang.t("bcp-approval-body-default"));
    match review_view(&st, &m, form).await? {
        Ok(p) => render(&p),
        Err(r) => Ok(r),
    }
}

async fn snapshot_now<A: crate::page::OrgPermission>(
    db_: &mut impl weerbaar_store::Db,
    m: &Member<A>,
    status: PlanStatus,
) -> AppResult<()> {
    let plan = db::load(db_, m.org_id()).await?.ok_or(AppError::NotFound)?;
    let doc = serde_json::to_string(&export(&plan)).map_err(crate::http::internal)?;
    db::snapshot(db_, m.org_id(), &plan.header.version_label, status, &doc, &m.user.email).await?;
    Ok(())
}

/// Moves the plan's status by the one rule set (`core::bcp::workflow`), keeping a
/// snapshot of what was submitted or approved, and records it.
async fn change_status(
    st: &AppState,
    m: &Member<ApprovePlan>,
    action: workflow::Action,
) -> AppResult<Result<PlanStatus, workflow::Refusal>> {
    let mut tx = st.store.begin().await?;
    let h = db::header(&mut tx, m.org_id()).await?.ok_or(AppError::NotFound)?;
    let to = match workflow::apply(h.status, &action) {
        Ok(to) => to,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let approval = match &action {
        workflow::Action::Approve(a) => Some(a),
        _ => None,
    };
    db::set_status(&mut tx, m.org_id(), to, approval).await?;
    if let Some(a) = approval
        && h.next_review.is_none()
    {
        db::set_next_review(&mut tx, m.org_id(), workflow::next_review_after_approval(&h, a.decision_date)).await?;
    }
    if matches!(to, PlanStatus::Submitted | PlanStatus::Approved) {
        snapshot_now(&mut tx, m, to).await?;
    }
    let audit = match &action {
        workflow::Action::Submit => AuditAction::PlanSubmitted,
        workflow::Action::Withdraw => AuditAction::PlanWithdrawn,
        workflow::Action::Approve(_) => AuditAction::PlanApproved,
    };
    match approval {
        Some(a) => audit_edit(&mut tx, m, audit, &h.version_label, None::<&()>, Some(a)).await?,
        None => audit_edit(&mut tx, m, audit, &h.version_label, Some(&h.status), Some(&to)).await?,
    }
    tx.commit().await?;
    Ok(Ok(to))
}

pub(super) async fn submit(State(st): State<AppState>, m: Member<ApprovePlan>) -> AppResult<Response> {
    let back = format!("/o/{}/plan/review", m.org.id);
    let flash = match change_status(&st, &m, workflow::Action::Submit).await? {
        Ok(_) => "flash-plan-submitted",
        Err(r) => r.message_key(),
    };
    Ok(see_other_with_flash(&back, flash, st.cfg.tls()))
}

pub(super) async fn withdraw(State(st): State<AppState>, m: Member<ApprovePlan>) -> AppResult<Response> {
    let back = format!("/o/{}/plan/review", m.org.id);
    Ok(match change_status(&st, &m, workflow::Action::Withdraw).await? {
        Ok(_) => see_other_with_flash(&back, "flash-plan-withdrawn", st.cfg.tls()),
        Err(_) => see_other(&back),
    })
}

/// Approval in two steps (`core::bcp::workflow::check_approval`): the decision's
/// fields, then a confirmation page with the gaps that must be acknowledged.
pub(super) async fn approve(State(st): State<AppState>, m: Member<ApprovePlan>, f: Pairs) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let draft = workflow::ApprovalDraft {
        body: f.get("body").into(),
        decision_date: f.get("decision_date").into(),
        reference: f.get("reference").into(),
        acknowledged: f.get("acknowledged") == "on",
    };
    let fields = ["body", "decision_date", "reference"];
    if let Err(errs) = workflow::check_decision(&draft, today()) {
        let form = f.shown(lang, &fields).with_errors(errs);
        return match review_view(&st, &m, form).await? {
            Ok(p) => invalid(&p),
            Err(r) => Ok(r),
        };
    }
    let approval = match workflow::check_approval(&draft, today()) {
        Ok(a) => a,
        Err(errs) => {
            // The first step, or a confirmation without the box ticked: show the gaps.
            let mut form = f.shown(lang, &fields);
            if f.get("step") == "confirm" {
                form = form.with_errors(errs);
            }
            let mut c = st.store.conn().await?;
            let Some(plan) = db::load(&mut c, m.org_id()).await? else {
                return Ok(see_other(&format!("/o/{}/plan", m.org.id)));
            };
            drop(c);
            let serious: Vec<Finding> =
                checks::run(&plan, today()).into_iter().filter(|x| x.severity == checks::Severity::Error).collect();
            let c = completeness(&plan);
            let page = ApproveConfirmPage {
                page: m.page("plan"),
                steps: steps(lang, &m.org.id, "approval"),
                overall: c.overall(),
                sections: section_views(lang, &m.org.id, &c),
                serious: finding_views(lang, &m.org.id, &serious),
                form,
            };
            return if f.get("step") == "confirm" { invalid(&page) } else { render(&page) };
        }
    };
    let back = format!("/o/{}/plan/review", m.org.id);
    let flash = match change_status(&st, &m, workflow::Action::Approve(approval)).await? {
        Ok(_) => "flash-plan-approved",
        Err(r) => r.message_key(),
    };
    Ok(see_other_with_flash(&back, flash, st.cfg.tls()))
}

pub(super) async fn version_download(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, snapshot)): Path<(String, String)>,
) -> AppResult<Response> {
    let mut c = st.store.conn().await?;
    let doc = db::version_document(&mut c, m.org_id(), &snapshot).await?.ok_or(AppError::NotFound)?;
    Ok((
        [
            (CONTENT_TYPE, "application/json".to_string()),
            (CONTENT_DISPOSITION, format!("attachment; filename=\"plan-{snapshot}.json\"")),
        ],
        doc,
    )
        .into_response())
}
