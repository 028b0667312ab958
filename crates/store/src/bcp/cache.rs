//! Activities, resources and links per revision: every write to them changes the plan's
//! `core_rev`, and each process keeps the analysed plan of the latest revision.

use crate::Result;
use crate::db::Db;
use std::collections::HashMap;
use std::sync::Arc;
use weerbaar_core::OrgId;
use weerbaar_core::bcp::analysed::Analysed;
use weerbaar_core::bcp::model::*;
use weerbaar_core::id::new_row_id;

use super::*;

/// Marks the plan's activities, resources and links as changed: every write to them calls
/// this, in the write's transaction, so that a cached copy (see [`load_core`]) is never
/// used after a change, by this process or any other on the same database.
pub(crate) async fn touch_core(db: &mut impl Db, org: &OrgId) -> Result<()> {
    let rev = new_row_id();
    exec!(db, |c| sqlx::query("UPDATE bcp_plans SET core_rev = $1 WHERE org_id = $2")
        .bind(&rev)
        .bind(org.as_str())
        .execute(c)
        .await)?;
    Ok(())
}

/// Activities, resources and links of one plan as last read, by organisation, inside a
/// plan without its other parts. A page of the builder reads them on every request; with
/// the cache that costs one small query (the header, which carries `core_rev`) instead of
/// four that return every row, and no copy.
pub(crate) struct CachedCore {
    rev: String,
    plan: Arc<Analysed>,
}

/// Enough for every organisation of a large installation's busy hour; when full it
/// starts over (a miss only costs the four queries).
pub(crate) const CORE_CACHE_ENTRIES: usize = 256;

pub(crate) static CORE_CACHE: std::sync::LazyLock<std::sync::Mutex<HashMap<String, CachedCore>>> =
    std::sync::LazyLock::new(Default::default);

pub(crate) fn cached_core(org: &OrgId, plan_id: &str, rev: &str) -> Option<Arc<Analysed>> {
    let cache = CORE_CACHE.lock().ok()?;
    cache.get(org.as_str()).filter(|c| c.plan.header.id == plan_id && c.rev == rev).map(|c| c.plan.clone())
}

pub(crate) fn remember_core(org: &OrgId, rev: String, plan: Arc<Analysed>) {
    if let Ok(mut cache) = CORE_CACHE.lock() {
        if cache.len() >= CORE_CACHE_ENTRIES && !cache.contains_key(org.as_str()) {
            cache.clear();
        }
        cache.insert(org.as_str().to_string(), CachedCore { rev, plan });
    }
}

/// The plan without its crisis organisation, playbooks, communication and exercises:
/// what the BIA, dependencies, checks of resources and the recovery order need.
pub async fn load_core(db: &mut impl Db, org: &OrgId) -> Result<Option<Plan>> {
    Ok(core_plan(db, org).await?.map(|p| p.plan().clone()))
}

/// [`load_core`] shared and read-only, with its graph analysis computed once: for pages
/// that only read it, no copy and no recomputation per request.
pub async fn core_plan(db: &mut impl Db, org: &OrgId) -> Result<Option<Arc<Analysed>>> {
    let Some((header, rev)) = header_with_rev(db, org).await? else { return Ok(None) };
    if let Some(p) = cached_core(org, &header.id, &rev) {
        if p.header == header {
            return Ok(Some(p));
        }
        // The same parts under a changed header (scope, scale, status …).
        let p = Arc::new(Analysed::new(Plan { header, ..p.plan().clone() }));
        remember_core(org, rev, p.clone());
        return Ok(Some(p));
    }
    let (activity_resources, resource_deps) = edges(db, org).await?;
    let p = Arc::new(Analysed::new(Plan {
        activities: activities(db, org).await?,
        resources: resources(db, org).await?,
        activity_resources,
        resource_deps,
        header,
        crisis: Crisis::default(),
        roles: vec![],
        playbooks: vec![],
        stakeholders: vec![],
        messages: vec![],
        exercises: vec![],
    }));
    remember_core(org, rev, p.clone());
    Ok(Some(p))
}

/// Both kinds of edges in one query: ('a', activity, resource) and ('r', resource, dependency).
pub async fn edges(db: &mut impl Db, org: &OrgId) -> Result<(Vec<(String, String)>, Vec<(String, String)>)> {
    let rows: Vec<(String, String, String)> = run!(db, |c| sqlx::query_as(
        "SELECT 'a' AS k, activity_id, resource_id FROM bcp_activity_resources WHERE org_id = $1 \
         UNION ALL SELECT 'r' AS k, resource_id, depends_on FROM bcp_resource_deps WHERE org_id = $1 ORDER BY 1, 2, 3"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    let (mut a, mut r) = (Vec::new(), Vec::new());
    for (k, x, y) in rows {
        if k == "a" { a.push((x, y)) } else { r.push((x, y)) }
    }
    Ok((a, r))
}

/// The plan's summary (completeness, checks, counts, fingerprint) per content stamp and
/// day: the overview and the dashboard read it with one small query, and compute it
/// again only after a change (by any server) or on a new day.
struct CachedSummary {
    stamp: i64,
    today: jiff::civil::Date,
    summary: Arc<weerbaar_core::bcp::summary::Summary>,
}

static SUMMARY_CACHE: std::sync::LazyLock<std::sync::Mutex<HashMap<String, CachedSummary>>> =
    std::sync::LazyLock::new(Default::default);

pub async fn summary(
    db: &mut impl Db,
    org: &OrgId,
    today: jiff::civil::Date,
) -> Result<Option<Arc<weerbaar_core::bcp::summary::Summary>>> {
    let Some(stamp) = content_stamp(db, org).await? else { return Ok(None) };
    if let Ok(cache) = SUMMARY_CACHE.lock()
        && let Some(c) = cache.get(org.as_str()).filter(|c| c.stamp == stamp && c.today == today)
    {
        return Ok(Some(c.summary.clone()));
    }
    let Some(plan) = load(db, org).await? else { return Ok(None) };
    let s = Arc::new(weerbaar_core::bcp::summary::Summary::of(&plan, today));
    if let Ok(mut cache) = SUMMARY_CACHE.lock() {
        if cache.len() >= CORE_CACHE_ENTRIES && !cache.contains_key(org.as_str()) {
            cache.clear();
        }
        cache.insert(org.as_str().to_string(), CachedSummary { stamp, today, summary: s.clone() });
    }
    Ok(Some(s))
}
