//! The BCP builder: a guided flow in steps over the organisation's plan, the checks
//! and the recovery order, approval, import and export, and the plan API.

mod activities;
pub mod api;
mod bia;
mod communication;
mod crisis;
mod dependencies;
mod exchange;
pub use exchange::parse_document;
mod exercises;
pub(crate) mod overview;
mod playbooks;
pub mod reminders;
mod resources;
pub(crate) mod save;
mod scope;
mod strategies;

use axum::response::Response;
use jiff::civil::Date;
use serde::Serialize;
use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::bcp::checks::{Finding, TargetKind};
use weerbaar_core::bcp::model::{PlanHeader, PlanStatus};
use weerbaar_store::{Db, StoreError, audit};

use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::http::see_other_with_flash;
use crate::i18n::Lang;
use crate::page::{Member, OrgPermission};
use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/o/{org}/plan", overview::page)
        .post("/o/{org}/plan/start", overview::start)
        .get("/o/{org}/plan/checks", overview::checks_page)
        .get("/o/{org}/plan/recovery", overview::recovery_page)
        .get("/o/{org}/plan/review", overview::review_page)
        .post("/o/{org}/plan/submit", overview::submit)
        .post("/o/{org}/plan/withdraw", overview::withdraw)
        .post("/o/{org}/plan/approve", overview::approve)
        .get("/o/{org}/plan/versions/{snapshot}", overview::version_download)
        .get("/o/{org}/plan/scope", scope::page)
        .post("/o/{org}/plan/scope", scope::save)
        .get("/o/{org}/plan/activities", activities::list)
        .post("/o/{org}/plan/activities", activities::add)
        .get("/o/{org}/plan/activities/{activity}", activities::edit)
        .post("/o/{org}/plan/activities/{activity}", activities::save)
        .post("/o/{org}/plan/activities/{activity}/delete", activities::delete)
        .get("/o/{org}/plan/bia", bia::summary)
        .get("/o/{org}/plan/bia/scale", bia::scale_page)
        .post("/o/{org}/plan/bia/scale", bia::scale_save)
        .get("/o/{org}/plan/bia/{activity}", bia::grid)
        .post("/o/{org}/plan/bia/{activity}", bia::grid_save)
        .get("/o/{org}/plan/resources", resources::list)
        .post("/o/{org}/plan/resources", resources::add)
        .get("/o/{org}/plan/resources/{resource}", resources::edit)
        .post("/o/{org}/plan/resources/{resource}", resources::save)
        .post("/o/{org}/plan/resources/{resource}/delete", resources::delete)
        .get("/o/{org}/plan/dependencies", dependencies::overview)
        .get("/o/{org}/plan/dependencies/{activity}", dependencies::activity)
        .get("/o/{org}/plan/strategies", strategies::list)
        .get("/o/{org}/plan/strategies/{activity}", strategies::edit)
        .post("/o/{org}/plan/strategies/{activity}", strategies::save)
        .get("/o/{org}/plan/crisis", crisis::page)
        .post("/o/{org}/plan/crisis", crisis::save)
        .get("/o/{org}/plan/crisis/roles/{role}", crisis::role_page)
        .post("/o/{org}/plan/crisis/roles/{role}", crisis::role_save)
        .get("/o/{org}/plan/playbooks", playbooks::list)
        .get("/o/{org}/plan/playbooks/{playbook}", playbooks::edit)
        .get("/o/{org}/plan/playbooks/{playbook}/read", playbooks::read)
        .post("/o/{org}/plan/playbooks/{playbook}", playbooks::save)
        .get("/o/{org}/plan/communication", communication::page)
        .post("/o/{org}/plan/communication/stakeholders/{stakeholder}", communication::stakeholder_save)
        .get("/o/{org}/plan/communication/messages/{message}", communication::message_page)
        .post("/o/{org}/plan/communication/messages/{message}", communication::message_save)
        .get("/o/{org}/plan/exercises", exercises::list)
        .post("/o/{org}/plan/exercises", exercises::add)
        .get("/o/{org}/plan/exercises/{exercise}", exercises::edit)
        .post("/o/{org}/plan/exercises/{exercise}", exercises::save)
        .post("/o/{org}/plan/exercises/{exercise}/delete", exercises::delete)
        .get("/o/{org}/plan/export.json", exchange::export_json)
        .get("/o/{org}/plan/import", exchange::import_page)
        .post_large("/o/{org}/plan/import", exchange::import, exchange::IMPORT_MAX_BYTES)
        .merge(api::routes())
}

/// One step of the builder's navigation.
#[derive(Debug, Clone)]
pub struct Step {
    pub label: String,
    pub href: String,
    pub current: bool,
}

pub const STEPS: [(&str, &str); 10] = [
    ("scope", "scope"),
    ("activities", "activities"),
    ("bia", "bia"),
    ("resources", "resources"),
    ("strategies", "strategies"),
    ("crisis", "crisis"),
    ("playbooks", "playbooks"),
    ("communication", "communication"),
    ("exercises", "exercises"),
    ("approval", "review"),
];

pub fn steps(lang: Lang, org: &weerbaar_core::OrgId, current: &str) -> Vec<Step> {
    STEPS
        .iter()
        .enumerate()
        .map(|(i, (key, path))| Step {
            label: format!("{}. {}", i + 1, lang.t(&format!("bcp-step-{key}"))),
            href: format!("/o/{org}/plan/{path}"),
            current: *key == current,
        })
        .collect()
}

/// The plan's header, or a redirect to the start page when the organisation has none.
pub(crate) async fn header_of<A: OrgPermission>(
    st: &AppState,
    m: &Member<A>,
) -> AppResult<Result<PlanHeader, Response>> {
    let mut c = st.store.conn().await?;
    Ok(match weerbaar_store::bcp::header(&mut c, m.org_id()).await? {
        Some(h) => Ok(h),
        None => Err(crate::http::see_other(&format!("/o/{}/plan", m.org.id))),
    })
}

/// Whether this member may change the plan now (editor, and not submitted for approval).
pub(crate) fn can_edit<A: OrgPermission>(m: &Member<A>, h: &PlanHeader) -> bool {
    weerbaar_core::role::org_allows(m.role, weerbaar_core::role::OrgAction::Edit) && h.status != PlanStatus::Submitted
}

/// The answer to an invalid form: the page again, with the person's input and each
/// error at its field (422).
pub(crate) fn invalid(page: &impl askama::Template) -> AppResult<Response> {
    crate::http::render_status(page, axum::http::StatusCode::UNPROCESSABLE_ENTITY)
}

/// The page again with both versions side by side (409).
pub(crate) fn conflicted(page: &impl askama::Template) -> AppResult<Response> {
    crate::http::render_status(page, axum::http::StatusCode::CONFLICT)
}

/// Where a builder save sends the person: back, with "saved" or "locked".
pub(crate) fn after_save(st: &AppState, outcome: save::Outcome, back: &str) -> Response {
    match outcome {
        save::Outcome::Locked => see_other_with_flash(back, "flash-plan-locked", st.cfg.tls()),
        _ => see_other_with_flash(back, "flash-saved", st.cfg.tls()),
    }
}

/// The errors of several checks as one list, in order.
pub(crate) fn merge<const N: usize>(
    parts: [Option<weerbaar_core::validation::FieldErrors>; N],
) -> weerbaar_core::validation::FieldErrors {
    let mut all = weerbaar_core::validation::FieldErrors::new();
    for e in parts.into_iter().flatten() {
        for x in e.iter() {
            all.push(x.clone());
        }
    }
    all
}

/// What the plan's rules need to know of the world: today, in Belgium.
pub(crate) fn rules() -> weerbaar_core::bcp::edit::Ctx {
    weerbaar_core::bcp::edit::Ctx::new(weerbaar_core::today())
}

/// Records an edit of the plan with what changed.
pub(crate) async fn audit_edit<A: OrgPermission>(
    db: &mut impl Db,
    m: &Member<A>,
    action: AuditAction,
    target: &str,
    before: Option<&impl Serialize>,
    after: Option<&impl Serialize>,
) -> Result<(), StoreError> {
    let (id, label) = m.actor();
    // A change that cannot be written down is an error, never an empty audit entry.
    let corrupt = |e: serde_json::Error| StoreError::Corrupt(e.to_string());
    let before = before.map(serde_json::to_value).transpose().map_err(corrupt)?;
    let after = after.map(serde_json::to_value).transpose().map_err(corrupt)?;
    audit::append(
        db,
        &NewAuditEntry::new(action, id, label)
            .org(m.org_id())
            .target(target)
            .change(before, after)
            .ip(m.ctx.ip.clone()),
    )
    .await
}

/// The sentence for a finding, in the reader's language.
pub fn finding_message(lang: Lang, f: &Finding) -> String {
    const HOURS: [&str; 6] = ["mtpd", "rto", "rpo", "available", "interval", "sla"];
    let args: Vec<(&str, String)> = f
        .args
        .iter()
        .map(|(k, v)| match (v.parse::<u32>(), v.parse::<Date>()) {
            (Ok(h), _) if HOURS.contains(k) => (*k, hours_label(lang, h)),
            (_, Ok(d)) if *k == "date" => (*k, lang.day(d)),
            _ => (*k, v.clone()),
        })
        .collect();
    lang.t_args(&format!("check-{}", f.code.replace('_', "-")), &args)
}

/// Where a finding is fixed.
pub fn finding_link(org: &weerbaar_core::OrgId, f: &Finding) -> String {
    let base = format!("/o/{org}/plan");
    let id = f.target_id.clone().unwrap_or_default();
    match (f.target_kind, f.code) {
        (TargetKind::Activity, "no_workaround") => format!("{base}/strategies/{id}"),
        (TargetKind::Activity, "chain_slower_than_rto" | "chain_bridged_by_workaround") => {
            format!("{base}/dependencies/{id}")
        }
        (TargetKind::Activity, _) => format!("{base}/bia/{id}"),
        (TargetKind::Resource, _) => format!("{base}/resources/{id}"),
        (TargetKind::CrisisRole, _) => format!("{base}/crisis/roles/{id}"),
        (TargetKind::Crisis, _) => format!("{base}/crisis"),
        (TargetKind::Exercises, _) => format!("{base}/exercises"),
        (TargetKind::Plan, _) => format!("{base}/scope"),
    }
}

/// A finding ready to show.
#[derive(Debug, Clone)]
pub struct FindingView {
    pub severity: &'static str,
    pub severity_label: String,
    pub message: String,
    pub link: String,
}

pub fn finding_views(lang: Lang, org: &weerbaar_core::OrgId, findings: &[Finding]) -> Vec<FindingView> {
    findings
        .iter()
        .map(|f| FindingView {
            severity: f.severity.as_str(),
            severity_label: lang.t(&format!("severity-{}", f.severity.as_str())),
            message: finding_message(lang, f),
            link: finding_link(org, f),
        })
        .collect()
}

/// Hours as people read them: "4 u", "3 dagen", "8 dagen 8 u".
pub fn hours_label(lang: Lang, h: u32) -> String {
    weerbaar_core::bcp::bia::humanise_hours(h)
        .into_iter()
        .map(|(n, unit)| lang.t_args(&format!("duration-{unit}"), &[("count", n.to_string())]))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Labels a page repeats on many rows (durations, priorities), each formatted once per
/// request: a plan of hundreds of activities otherwise spends its time in Fluent.
pub struct Labels {
    lang: Lang,
    hours: std::collections::HashMap<u32, String>,
    texts: std::collections::HashMap<String, String>,
}

impl Labels {
    pub fn new(lang: Lang) -> Labels {
        Labels { lang, hours: Default::default(), texts: Default::default() }
    }

    /// [`hours_label`], remembered.
    pub fn hours(&mut self, h: u32) -> String {
        let lang = self.lang;
        self.hours.entry(h).or_insert_with(|| hours_label(lang, h)).clone()
    }

    /// [`Labels::hours`], or a dash when there is no value.
    pub fn hours_or_dash(&mut self, h: Option<u32>) -> String {
        h.map(|h| self.hours(h)).unwrap_or_else(|| "—".to_string())
    }

    /// [`Labels::hours`], or "unknown" when there is no value.
    pub fn hours_or_unknown(&mut self, h: Option<u32>) -> String {
        match h {
            Some(h) => self.hours(h),
            None => self.t("bcp-unknown"),
        }
    }

    /// `lang.t(key)`, remembered.
    pub fn t(&mut self, key: &str) -> String {
        if let Some(v) = self.texts.get(key) {
            return v.clone();
        }
        let v = self.lang.t(key);
        self.texts.insert(key.to_string(), v.clone());
        v
    }
}

/// One field that differs between what someone else saved and what this person sent.
#[derive(Debug, Clone)]
pub struct ConflictRow {
    pub label: String,
    pub theirs: String,
    pub yours: String,
}

/// The rows of a conflict panel: only fields that differ.
pub fn conflict_rows(lang: Lang, fields: &[(&str, String, String)]) -> Vec<ConflictRow> {
    fields
        .iter()
        .filter(|(_, t, y)| t.trim() != y.trim())
        .map(|(k, t, y)| ConflictRow { label: lang.t(k), theirs: t.clone(), yours: y.clone() })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_labels_are_the_same_labels() {
        for lang in Lang::ALL {
            let mut l = Labels::new(lang);
            for h in [0, 1, 4, 24, 72, 168, 721] {
                assert_eq!(l.hours(h), hours_label(lang, h));
                assert_eq!(l.hours(h), hours_label(lang, h), "second time from memory");
            }
            assert_eq!(l.hours_or_dash(None), "—");
            assert_eq!(l.hours_or_unknown(None), lang.t("bcp-unknown"));
            assert_eq!(l.t("bcp-unknown"), lang.t("bcp-unknown"));
        }
    }

    #[test]
    fn every_check_has_a_message_in_dutch_and_english() {
        let nl = crate::i18n::message_ids(include_str!("../../locales/nl-BE/main.ftl"));
        for code in weerbaar_core::bcp::checks::CODES {
            let id = format!("check-{}", code.replace('_', "-"));
            assert!(nl.contains(&id), "{id} missing");
        }
    }

    #[test]
    fn conflicts_show_only_differences() {
        let rows =
            conflict_rows(Lang::En, &[("field-name", "A".into(), "A ".into()), ("field-role", "x".into(), "y".into())]);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].theirs, "x");
    }
}
