//! Adoption tracking: per organisation and resource, a status, an owner, a due date and
//! a private note, changed with an optimistic version so two colleagues never silently
//! overwrite each other.

use jiff::civil::Date;
use weerbaar_core::OrgId;
use weerbaar_core::catalogue::adoption::{Adoption, AdoptionStatus};
use weerbaar_core::now_ms;

use crate::db::Db;
use crate::{Result, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub resource_id: String,
    pub adoption: Adoption,
    pub updated_by: String,
    pub updated_at: i64,
    pub version: i64,
}

type Row = (String, String, String, Option<String>, String, String, i64, i64);

fn record(r: Row) -> Result<Record> {
    let (resource_id, status, owner, due, note, updated_by, updated_at, version) = r;
    let status =
        AdoptionStatus::parse(&status).ok_or_else(|| StoreError::Corrupt(format!("adoption status {status}")))?;
    let due = due.map(|d| d.parse::<Date>()).transpose().map_err(|e| StoreError::Corrupt(format!("due date: {e}")))?;
    Ok(Record { resource_id, adoption: Adoption { status, owner, due, note }, updated_by, updated_at, version })
}

macro_rules! select {
    ($where:literal) => {
        concat!(
            "SELECT resource_id, status, owner, due, note, updated_by, updated_at, version FROM cat_adoption ",
            $where
        )
    };
}

/// Everything an organisation recorded.
pub async fn list(db: &mut impl Db, org: &OrgId) -> Result<Vec<Record>> {
    let rows: Vec<Row> = run!(db, |c| sqlx::query_as(select!("WHERE org_id = $1 ORDER BY resource_id"))
        .bind(org.as_str())
        .fetch_all(c)
        .await)?;
    rows.into_iter().map(record).collect()
}

pub async fn get(db: &mut impl Db, org: &OrgId, resource_id: &str) -> Result<Option<Record>> {
    let row: Option<Row> = run!(db, |c| sqlx::query_as(select!("WHERE org_id = $1 AND resource_id = $2"))
        .bind(org.as_str())
        .bind(resource_id)
        .fetch_optional(c)
        .await)?;
    row.map(record).transpose()
}

/// Saves an organisation's record for a resource. `expected` is the version the person
/// saw (0: none yet); a different one means someone else saved first.
pub async fn save(
    db: &mut impl Db,
    org: &OrgId,
    resource_id: &str,
    a: &Adoption,
    expected: i64,
    by: &str,
) -> Result<Record> {
    let now = now_ms();
    let due = a.due.map(|d| d.to_string());
    let n = if expected == 0 {
        exec!(db, |c| sqlx::query(
            "INSERT INTO cat_adoption (org_id, resource_id, status, owner, due, note, updated_by, updated_at, version) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1) ON CONFLICT (org_id, resource_id) DO NOTHING"
        )
        .bind(org.as_str())
        .bind(resource_id)
        .bind(a.status.as_str())
        .bind(&a.owner)
        .bind(&due)
        .bind(&a.note)
        .bind(by)
        .bind(now)
        .execute(c)
        .await)?
    } else {
        exec!(db, |c| sqlx::query(
            "UPDATE cat_adoption SET status = $1, owner = $2, due = $3, note = $4, updated_by = $5, updated_at = $6, \
             version = version + 1 WHERE org_id = $7 AND resource_id = $8 AND version = $9"
        )
        .bind(a.status.as_str())
        .bind(&a.owner)
        .bind(&due)
        .bind(&a.note)
        .bind(by)
        .bind(now)
        .bind(org.as_str())
        .bind(resource_id)
        .bind(expected)
        .execute(c)
        .await)?
    };
    if n == 0 {
        return Err(StoreError::Conflict);
    }
    get(db, org, resource_id).await?.ok_or(StoreError::NotFound)
}
