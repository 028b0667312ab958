//! Kept versions of the plan (what was submitted and approved).

use crate::db::Db;
use crate::{Result, StoreError};
use weerbaar_core::bcp::model::*;
use weerbaar_core::id::new_row_id;
use weerbaar_core::{OrgId, now_ms};

use super::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanVersion {
    pub id: String,
    pub label: String,
    pub status: PlanStatus,
    pub created_by: String,
    pub created_at: i64,
}

/// Keeps a snapshot (the exchange document) of the plan as it is now.
pub async fn snapshot(
    db: &mut impl Db,
    org: &OrgId,
    label: &str,
    status: PlanStatus,
    document: &str,
    by: &str,
) -> Result<String> {
    let h = header(db, org).await?.ok_or(StoreError::NotFound)?;
    let id = new_row_id();
    if status == PlanStatus::Approved {
        // A newer approved version supersedes the older ones.
        exec!(db, |c| sqlx::query(
            "UPDATE bcp_plan_versions SET status = 'superseded' WHERE org_id = $1 AND status = 'approved'"
        )
        .bind(org.as_str())
        .execute(c)
        .await)?;
    }
    exec!(db, |c| {
        sqlx::query(
        "INSERT INTO bcp_plan_versions (id, plan_id, org_id, label, status, document, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
    )
    .bind(&id)
    .bind(&h.id)
    .bind(org.as_str())
    .bind(label)
    .bind(status.as_str())
    .bind(document)
    .bind(by)
    .bind(now_ms())
    .execute(c)
    .await
    })?;
    Ok(id)
}

pub async fn versions(db: &mut impl Db, org: &OrgId) -> Result<Vec<PlanVersion>> {
    let rows: Vec<(String, String, String, String, i64)> = run!(db, |c| {
        sqlx::query_as(
        "SELECT id, label, status, created_by, created_at FROM bcp_plan_versions WHERE org_id = $1 ORDER BY created_at DESC, id DESC"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await
    })?;
    rows.into_iter()
        .map(|(id, label, status, created_by, created_at)| {
            Ok(PlanVersion {
                id,
                label,
                status: stored("version status", &status, PlanStatus::parse)?,
                created_by,
                created_at,
            })
        })
        .collect()
}

pub async fn version_document(db: &mut impl Db, org: &OrgId, id: &str) -> Result<Option<String>> {
    Ok(run!(db, |c| sqlx::query_scalar("SELECT document FROM bcp_plan_versions WHERE org_id = $1 AND id = $2")
        .bind(org.as_str())
        .bind(id)
        .fetch_optional(c)
        .await)?)
}
