//! The links: the resources an activity needs, and what a resource depends on.

use crate::db::Db;
use crate::{Result, StoreError};
use weerbaar_core::OrgId;

use super::*;

pub(crate) async fn link_activity(db: &mut impl Db, org: &OrgId, activity: &str, resource: &str) -> Result<()> {
    exec!(db, |c| sqlx::query(
        "INSERT INTO bcp_activity_resources (activity_id, resource_id, org_id) VALUES ($1, $2, $3)"
    )
    .bind(activity)
    .bind(resource)
    .bind(org.as_str())
    .execute(c)
    .await)?;
    Ok(())
}

pub(crate) async fn link_resource(db: &mut impl Db, org: &OrgId, resource: &str, dep: &str) -> Result<()> {
    exec!(db, |c| sqlx::query("INSERT INTO bcp_resource_deps (resource_id, depends_on, org_id) VALUES ($1, $2, $3)")
        .bind(resource)
        .bind(dep)
        .bind(org.as_str())
        .execute(c)
        .await)?;
    Ok(())
}

/// Many links at once (a whole plan), a few hundred rows per statement: an import of
/// 50,000 links holds the write lock for a fraction of the time single inserts take.
pub(crate) async fn insert_many(
    db: &mut impl Db,
    org: &OrgId,
    kind: LinkKind,
    pairs: &[(String, String)],
) -> Result<()> {
    let sql = match kind {
        LinkKind::Needs => "INSERT INTO bcp_activity_resources (activity_id, resource_id, org_id) ",
        LinkKind::DependsOn => "INSERT INTO bcp_resource_deps (resource_id, depends_on, org_id) ",
    };
    for chunk in pairs.chunks(500) {
        exec!(db, |c| {
            let mut q = sqlx::QueryBuilder::new(sql);
            q.push_values(chunk, |mut row, (a, b)| {
                row.push_bind(a).push_bind(b).push_bind(org.as_str());
            });
            q.build().execute(c).await
        })?;
    }
    Ok(())
}

/// Which links [`insert_many`] writes.
#[derive(Debug, Clone, Copy)]
pub(crate) enum LinkKind {
    /// An activity needs a resource.
    Needs,
    /// A resource depends on another.
    DependsOn,
}

/// Replaces the resources an activity needs. Every id must be this organisation's.
pub async fn set_activity_resources(db: &mut impl Db, org: &OrgId, activity: &str, resources: &[String]) -> Result<()> {
    if !exists(db, &ACTIVITIES, org, activity).await? || !all_resources(db, org, resources).await? {
        return Err(StoreError::NotFound);
    }
    exec!(db, |c| sqlx::query("DELETE FROM bcp_activity_resources WHERE org_id = $1 AND activity_id = $2")
        .bind(org.as_str())
        .bind(activity)
        .execute(c)
        .await)?;
    let mut seen = std::collections::BTreeSet::new();
    for r in resources.iter().filter(|r| seen.insert(r.as_str())) {
        link_activity(db, org, activity, r).await?;
    }
    touch_core(db, org).await?;
    Ok(())
}

/// Replaces what a resource depends on. A resource cannot depend on itself.
pub async fn set_resource_deps(db: &mut impl Db, org: &OrgId, resource: &str, deps: &[String]) -> Result<()> {
    if deps.iter().any(|d| d == resource) || !all_resources(db, org, &[resource.to_string()]).await? {
        return Err(StoreError::NotFound);
    }
    if !all_resources(db, org, deps).await? {
        return Err(StoreError::NotFound);
    }
    exec!(db, |c| sqlx::query("DELETE FROM bcp_resource_deps WHERE org_id = $1 AND resource_id = $2")
        .bind(org.as_str())
        .bind(resource)
        .execute(c)
        .await)?;
    let mut seen = std::collections::BTreeSet::new();
    for d in deps.iter().filter(|d| seen.insert(d.as_str())) {
        link_resource(db, org, resource, d).await?;
    }
    touch_core(db, org).await?;
    Ok(())
}

/// Whether every id names one of the organisation's resources (the rules in core
/// checked them against the plan; this holds the line inside the transaction).
async fn all_resources(db: &mut impl Db, org: &OrgId, ids: &[String]) -> Result<bool> {
    for id in ids {
        if !exists(db, &RESOURCES, org, id).await? {
            return Ok(false);
        }
    }
    Ok(true)
}
