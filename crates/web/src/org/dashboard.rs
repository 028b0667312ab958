//! The organisation's home page. Later features add their cards here.
//!
//! The page is the most visited one, so its three lists (members, recent audit entries,
//! toolkit adoption) are kept per organisation in memory: rebuilt after any change made
//! through this process (every POST, PUT, PATCH or DELETE drops them all) and at most
//! [`DashboardCache::MAX_AGE`] old when the change came through another process.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use weerbaar_core::OrgId;
use weerbaar_core::bcp::summary::Summary;
use weerbaar_core::role::Member as MemberRow;
use weerbaar_store::adoption::Record;
use weerbaar_store::audit::AuditEntry;
use weerbaar_store::{adoption, audit, members};

use super::AuditRow;
use crate::AppState;
use crate::error::AppResult;
use crate::http::render;
use crate::page::{Member, Page, Read};

/// Beyond this many organisations the cache starts again (it is only a cache).
const MAX_ORGS: usize = 10_000;
const RECENT: i64 = 10;

#[derive(Template)]
#[template(path = "org/dashboard.html")]
struct Dashboard {
    page: Page,
    members: Vec<MemberRow>,
    recent: Vec<AuditRow>,
    toolkit_overall: u32,
    toolkit_progress: Vec<crate::catalogue::adoption::ProgressView>,
    plan: Option<PlanTile>,
    /// The findings register at a glance (when there are findings).
    findings: Option<crate::findings::views::Figures>,
}

/// The plan at a glance: status, what is missing, the most serious findings, the dates
/// that matter, and who has the current grab pack.
pub struct PlanTile {
    pub status: String,
    pub version: String,
    pub overall: u32,
    /// Sections not complete, least complete first, each with what counts.
    pub missing: Vec<crate::bcp::overview::SectionView>,
    pub top: Vec<crate::bcp::FindingView>,
    pub next_review: Option<String>,
    pub review_overdue: bool,
    pub next_exercise: Option<String>,
    pub last_exercise: Option<String>,
    /// (crisis team members with an account, of whom with the current pack)
    pub team_pack: (usize, usize),
}

fn plan_tile(lang: crate::i18n::Lang, org: &OrgId, s: &Summary, team_pack: (usize, usize)) -> PlanTile {
    let mut missing = crate::bcp::overview::section_views(lang, org, &s.completeness);
    missing.retain(|x| x.percent < 100);
    missing.sort_by_key(|m| m.percent);
    missing.truncate(3);
    let top: Vec<_> = s.top(3).into_iter().cloned().collect();
    let today = weerbaar_core::today();
    PlanTile {
        status: lang.t(&format!("plan-status-{}", s.header.status.as_str())),
        version: s.header.version_label.clone(),
        overall: s.completeness.overall(),
        missing,
        top: crate::bcp::finding_views(lang, org, &top),
        next_review: s.header.next_review.map(|d| lang.day(d)),
        review_overdue: s.header.next_review.is_some_and(|d| d < today),
        next_exercise: s.next_exercise.map(|d| lang.day(d)),
        last_exercise: s.last_exercise.map(|d| lang.day(d)),
        team_pack,
    }
}

/// What the dashboard reads from the database for one organisation.
#[derive(Debug)]
pub struct Lists {
    members: Vec<MemberRow>,
    recent: Vec<AuditEntry>,
    adoption: Vec<Record>,
    plan: Option<Arc<Summary>>,
    /// Crisis team members with an account, and how many of them took the current pack.
    team_pack: (usize, usize),
    findings: weerbaar_core::findings::summary::Summary,
}

struct Entry {
    generation: u64,
    at: Instant,
    lists: Arc<Lists>,
}

/// Per-process cache of [`Lists`] per organisation.
#[derive(Default)]
pub struct DashboardCache {
    generation: AtomicU64,
    entries: Mutex<HashMap<OrgId, Entry>>,
}

impl DashboardCache {
    /// How stale the lists may be when another server process changed them.
    pub const MAX_AGE: Duration = Duration::from_secs(2);

    /// Changes made through this process so far (other caches of pages read it too).
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// Something changed through this process: every organisation's lists are read again.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    fn get(&self, org: &OrgId, now: Instant) -> Option<Arc<Lists>> {
        let generation = self.generation.load(Ordering::SeqCst);
        let entries = self.entries.lock().ok()?;
        entries
            .get(org)
            .filter(|e| e.generation == generation && now.saturating_duration_since(e.at) < Self::MAX_AGE)
            .map(|e| e.lists.clone())
    }

    /// Keeps `lists`, read when the generation was `generation` (a change made while they
    /// were read leaves them out of date, so they are not kept).
    fn put(&self, org: &OrgId, generation: u64, at: Instant, lists: Arc<Lists>) {
        if self.generation.load(Ordering::SeqCst) != generation {
            return;
        }
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_ORGS && !entries.contains_key(org) {
                entries.clear();
            }
            entries.insert(org.clone(), Entry { generation, at, lists });
        }
    }

    async fn lists(&self, st: &AppState, org: &OrgId) -> AppResult<Arc<Lists>> {
        let now = Instant::now();
        if let Some(l) = self.get(org, now) {
            return Ok(l);
        }
        let generation = self.generation.load(Ordering::SeqCst);
        let mut c = st.store.conn().await?;
        let members = members::list(&mut c, org).await?;
        let plan = weerbaar_store::bcp::summary(&mut c, org, weerbaar_core::today()).await?;
        let team_pack = match &plan {
            Some(p) => {
                let downloads = weerbaar_store::bcp::downloads(&mut c, org).await?;
                let team: Vec<&MemberRow> =
                    members.iter().filter(|m| !m.disabled && p.crisis_team.contains(&m.email)).collect();
                let current = team
                    .iter()
                    .filter(|m| downloads.iter().any(|(u, fp, ..)| *u == m.user_id && *fp == p.fingerprint))
                    .count();
                (team.len(), current)
            }
            None => (0, 0),
        };
        let lists = Arc::new(Lists {
            recent: audit::recent(&mut c, org, RECENT).await?,
            adoption: adoption::list(&mut c, org).await?,
            findings: weerbaar_core::findings::summary::summarise(
                &weerbaar_store::findings::figures(&mut c, org).await?,
                weerbaar_core::today(),
            ),
            members,
            plan,
            team_pack,
        });
        self.put(org, generation, now, lists.clone());
        Ok(lists)
    }
}

pub(super) async fn page(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    let page = m.page("dashboard");
    let lists = st.dashboards.lists(&st, m.org_id()).await?;
    let recent = if page.can("audit") { super::audit_rows(m.ctx.lang, lists.recent.clone()) } else { vec![] };
    let l = st.catalogue.current(&st).await?;
    let (mut toolkit_progress, toolkit_overall) =
        crate::catalogue::adoption::progress(m.ctx.lang, &l, m.org_id(), &lists.adoption);
    // The topics with the most work left first.
    toolkit_progress.sort_by_key(|p| (p.percent, std::cmp::Reverse(p.applicable)));
    toolkit_progress.truncate(6);
    let plan = lists.plan.as_ref().map(|s| plan_tile(m.ctx.lang, m.org_id(), s, lists.team_pack));
    let findings = (lists.findings.total > 0).then(|| crate::findings::views::figures(m.ctx.lang, &lists.findings));
    render(&Dashboard {
        page,
        members: lists.members.clone(),
        recent,
        toolkit_overall,
        toolkit_progress,
        plan,
        findings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists() -> Arc<Lists> {
        Arc::new(Lists {
            members: Vec::new(),
            recent: Vec::new(),
            adoption: Vec::new(),
            plan: None,
            team_pack: (0, 0),
            findings: Default::default(),
        })
    }

    #[test]
    fn kept_until_a_change_or_max_age() {
        let c = DashboardCache::default();
        let org = OrgId::from_db("o1".into());
        let other = OrgId::from_db("o2".into());
        let t0 = Instant::now();
        assert!(c.get(&org, t0).is_none());
        c.put(&org, 0, t0, lists());
        assert!(c.get(&org, t0).is_some());
        assert!(c.get(&other, t0).is_none());
        assert!(c.get(&org, t0 + DashboardCache::MAX_AGE / 2).is_some());
        assert!(c.get(&org, t0 + DashboardCache::MAX_AGE).is_none(), "too old");
        c.invalidate();
        assert!(c.get(&org, t0).is_none(), "changed through this process");
    }

    #[test]
    fn lists_read_during_a_change_are_not_kept() {
        let c = DashboardCache::default();
        let org = OrgId::from_db("o1".into());
        let t0 = Instant::now();
        let generation = c.generation.load(Ordering::SeqCst);
        c.invalidate();
        c.put(&org, generation, t0, lists());
        assert!(c.get(&org, t0).is_none());
    }

    #[test]
    fn bounded() {
        let c = DashboardCache::default();
        let t0 = Instant::now();
        for i in 0..MAX_ORGS + 5 {
            c.put(&OrgId::from_db(format!("o{i}")), 0, t0, lists());
        }
        assert!(c.entries.lock().map(|e| e.len()).unwrap_or(usize::MAX) <= MAX_ORGS);
    }
}
