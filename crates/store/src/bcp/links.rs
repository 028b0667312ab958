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
