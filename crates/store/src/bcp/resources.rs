//! Resources (people, applications, infrastructure, data, suppliers, locations).

use crate::db::Db;
use crate::{Result, StoreError};
use weerbaar_core::bcp::model::*;
use weerbaar_core::id::new_row_id;
use weerbaar_core::{OrgId, now_ms};

use super::*;

#[derive(sqlx::FromRow)]
pub(crate) struct ResourceRow {
    pub(crate) id: String,
    pub(crate) position: i64,
    pub(crate) template_key: Option<String>,
    pub(crate) kind: String,
    pub(crate) name: String,
    pub(crate) description: String,
    pub(crate) deputy: String,
    pub(crate) contract_ref: String,
    pub(crate) sla_hours: Option<i64>,
    pub(crate) contact_24_7: String,
    pub(crate) recovery_hours: Option<i64>,
    pub(crate) recovery_basis: String,
    pub(crate) backup_interval_hours: Option<i64>,
    pub(crate) backup_type: String,
    pub(crate) last_restore_test: Option<String>,
    pub(crate) version: i64,
}

impl ResourceRow {
    fn into_resource(self) -> Result<Resource> {
        Ok(Resource {
            kind: ResourceKind::parse(&self.kind)
                .ok_or_else(|| StoreError::Corrupt(format!("resource kind {}", self.kind)))?,
            recovery_basis: stored("recovery_basis", &self.recovery_basis, Basis::parse)?,
            backup_type: stored("backup_type", &self.backup_type, BackupType::parse)?,
            id: self.id,
            position: self.position,
            template_key: self.template_key,
            name: self.name,
            description: self.description,
            deputy: self.deputy,
            contract_ref: self.contract_ref,
            sla_hours: hours("sla_hours", self.sla_hours)?,
            contact_24_7: self.contact_24_7,
            recovery_hours: hours("recovery_hours", self.recovery_hours)?,
            backup_interval_hours: hours("backup_interval_hours", self.backup_interval_hours)?,
            last_restore_test: date("last_restore_test", self.last_restore_test)?,
            version: self.version,
        })
    }
}

pub(crate) const RESOURCE_COLS: &str = "SELECT id, position, template_key, kind, name, description, deputy, contract_ref, sla_hours, \
     contact_24_7, recovery_hours, recovery_basis, backup_interval_hours, backup_type, last_restore_test, version FROM bcp_resources ";

pub async fn resources(db: &mut impl Db, org: &OrgId) -> Result<Vec<Resource>> {
    let rows: Vec<ResourceRow> = run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{RESOURCE_COLS} WHERE org_id = $1 ORDER BY position, id"
    )))
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    rows.into_iter().map(ResourceRow::into_resource).collect()
}

pub async fn resource(db: &mut impl Db, org: &OrgId, id: &str) -> Result<Option<Resource>> {
    let row: Option<ResourceRow> =
        run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!("{RESOURCE_COLS} WHERE org_id = $1 AND id = $2")))
            .bind(org.as_str())
            .bind(id)
            .fetch_optional(c)
            .await)?;
    row.map(ResourceRow::into_resource).transpose()
}

pub(crate) async fn insert_resource(db: &mut impl Db, org: &OrgId, plan_id: &str, r: &Resource) -> Result<()> {
    exec!(db, |c| {
        sqlx::query(
        "INSERT INTO bcp_resources (id, plan_id, org_id, position, template_key, kind, name, description, deputy, contract_ref, sla_hours, \
         contact_24_7, recovery_hours, recovery_basis, backup_interval_hours, backup_type, last_restore_test, updated_at, version) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, 1)"
    )
    .bind(&r.id)
    .bind(plan_id)
    .bind(org.as_str())
    .bind(r.position)
    .bind(&r.template_key)
    .bind(r.kind.as_str())
    .bind(&r.name)
    .bind(&r.description)
    .bind(&r.deputy)
    .bind(&r.contract_ref)
    .bind(opt_i64(r.sla_hours))
    .bind(&r.contact_24_7)
    .bind(opt_i64(r.recovery_hours))
    .bind(r.recovery_basis.as_str())
    .bind(opt_i64(r.backup_interval_hours))
    .bind(r.backup_type.as_str())
    .bind(r.last_restore_test.map(|d| d.to_string()))
    .bind(now_ms())
    .execute(c)
    .await
    })?;
    Ok(())
}

pub async fn add_resource(db: &mut impl Db, org: &OrgId, r: &Resource) -> Result<Resource> {
    let h = header(db, org).await?.ok_or(StoreError::NotFound)?;
    let next = next_position(db, &RESOURCES, org).await?;
    let r = Resource { id: new_row_id(), position: next, version: 1, ..r.clone() };
    insert_resource(db, org, &h.id, &r).await?;
    touch_core(db, org).await?;
    Ok(r)
}

pub async fn update_resource(db: &mut impl Db, org: &OrgId, r: &Resource) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE bcp_resources SET kind = $1, name = $2, description = $3, deputy = $4, contract_ref = $5, sla_hours = $6, contact_24_7 = $7, \
         recovery_hours = $8, recovery_basis = $9, backup_interval_hours = $10, backup_type = $11, last_restore_test = $12, updated_at = $13, \
         version = version + 1 WHERE org_id = $14 AND id = $15 AND version = $16"
    )
    .bind(r.kind.as_str())
    .bind(&r.name)
    .bind(&r.description)
    .bind(&r.deputy)
    .bind(&r.contract_ref)
    .bind(opt_i64(r.sla_hours))
    .bind(&r.contact_24_7)
    .bind(opt_i64(r.recovery_hours))
    .bind(r.recovery_basis.as_str())
    .bind(opt_i64(r.backup_interval_hours))
    .bind(r.backup_type.as_str())
    .bind(r.last_restore_test.map(|d| d.to_string()))
    .bind(now_ms())
    .bind(org.as_str())
    .bind(&r.id)
    .bind(r.version)
    .execute(c)
    .await
    })?;

    touch_core(db, org).await?;
    settle(db, &RESOURCES, org, &r.id, n).await
}

pub async fn delete_resource(db: &mut impl Db, org: &OrgId, id: &str) -> Result<()> {
    let n = exec!(db, |c| sqlx::query("DELETE FROM bcp_resources WHERE org_id = $1 AND id = $2")
        .bind(org.as_str())
        .bind(id)
        .execute(c)
        .await)?;
    touch_core(db, org).await?;
    if n == 1 { Ok(()) } else { Err(StoreError::NotFound) }
}
