//! Activities (services and processes), with their impact analysis and strategies.

use crate::db::Db;
use crate::json::parse;
use crate::{Result, StoreError};
use weerbaar_core::bcp::model::*;
use weerbaar_core::id::new_row_id;
use weerbaar_core::{OrgId, now_ms};

use super::*;

#[derive(sqlx::FromRow)]
pub(crate) struct ActivityRow {
    pub(crate) id: String,
    pub(crate) position: i64,
    pub(crate) template_key: Option<String>,
    pub(crate) department: String,
    pub(crate) name: String,
    pub(crate) description: String,
    pub(crate) owner: String,
    pub(crate) deputy: String,
    pub(crate) legal_deadlines: String,
    pub(crate) peak_periods: String,
    pub(crate) impacts: String,
    pub(crate) rto_hours: Option<i64>,
    pub(crate) rpo_hours: Option<i64>,
    pub(crate) mbco: String,
    pub(crate) min_staff: Option<i64>,
    pub(crate) min_workplaces: Option<i64>,
    pub(crate) workaround: String,
    pub(crate) alternate_location: String,
    pub(crate) alternate_supplier: String,
    pub(crate) mutual_aid: String,
    pub(crate) paper_backlog: String,
    pub(crate) version: i64,
}

impl ActivityRow {
    fn into_activity(self) -> Result<Activity> {
        Ok(Activity {
            impacts: parse("impacts", &self.impacts)?,
            workaround: parse("workaround", &self.workaround)?,
            id: self.id,
            position: self.position,
            template_key: self.template_key,
            department: self.department,
            name: self.name,
            description: self.description,
            owner: self.owner,
            deputy: self.deputy,
            legal_deadlines: self.legal_deadlines,
            peak_periods: self.peak_periods,
            rto_hours: hours("rto_hours", self.rto_hours)?,
            rpo_hours: hours("rpo_hours", self.rpo_hours)?,
            mbco: self.mbco,
            min_staff: hours("min_staff", self.min_staff)?,
            min_workplaces: hours("min_workplaces", self.min_workplaces)?,
            alternate_location: self.alternate_location,
            alternate_supplier: self.alternate_supplier,
            mutual_aid: self.mutual_aid,
            paper_backlog: self.paper_backlog,
            version: self.version,
        })
    }
}

pub(crate) const ACTIVITY_COLS: &str = "SELECT id, position, template_key, department, name, description, owner, deputy, legal_deadlines, \
     peak_periods, impacts, rto_hours, rpo_hours, mbco, min_staff, min_workplaces, workaround, alternate_location, \
     alternate_supplier, mutual_aid, paper_backlog, version FROM bcp_activities ";

pub async fn activities(db: &mut impl Db, org: &OrgId) -> Result<Vec<Activity>> {
    let rows: Vec<ActivityRow> = run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{ACTIVITY_COLS} WHERE org_id = $1 ORDER BY position, id"
    )))
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    rows.into_iter().map(ActivityRow::into_activity).collect()
}

pub async fn activity(db: &mut impl Db, org: &OrgId, id: &str) -> Result<Option<Activity>> {
    let row: Option<ActivityRow> =
        run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!("{ACTIVITY_COLS} WHERE org_id = $1 AND id = $2")))
            .bind(org.as_str())
            .bind(id)
            .fetch_optional(c)
            .await)?;
    row.map(ActivityRow::into_activity).transpose()
}

pub(crate) async fn insert_activity(db: &mut impl Db, org: &OrgId, plan_id: &str, a: &Activity) -> Result<()> {
    exec!(db, |c| {
        sqlx::query(
        "INSERT INTO bcp_activities (id, plan_id, org_id, position, template_key, department, name, description, owner, deputy, \
         legal_deadlines, peak_periods, impacts, rto_hours, rpo_hours, mbco, min_staff, min_workplaces, workaround, alternate_location, \
         alternate_supplier, mutual_aid, paper_backlog, updated_at, version) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, 1)"
    )
    .bind(&a.id)
    .bind(plan_id)
    .bind(org.as_str())
    .bind(a.position)
    .bind(&a.template_key)
    .bind(&a.department)
    .bind(&a.name)
    .bind(&a.description)
    .bind(&a.owner)
    .bind(&a.deputy)
    .bind(&a.legal_deadlines)
    .bind(&a.peak_periods)
    .bind(crate::json::text(&a.impacts)?)
    .bind(opt_i64(a.rto_hours))
    .bind(opt_i64(a.rpo_hours))
    .bind(&a.mbco)
    .bind(opt_i64(a.min_staff))
    .bind(opt_i64(a.min_workplaces))
    .bind(crate::json::text(&a.workaround)?)
    .bind(&a.alternate_location)
    .bind(&a.alternate_supplier)
    .bind(&a.mutual_aid)
    .bind(&a.paper_backlog)
    .bind(now_ms())
    .execute(c)
    .await
    })?;
    Ok(())
}

/// Adds an activity at the end of the list.
pub async fn add_activity(db: &mut impl Db, org: &OrgId, a: &Activity) -> Result<Activity> {
    let h = header(db, org).await?.ok_or(StoreError::NotFound)?;
    let next = next_position(db, &ACTIVITIES, org).await?;
    let a = Activity { id: new_row_id(), position: next, version: 1, ..a.clone() };
    insert_activity(db, org, &h.id, &a).await?;
    touch_core(db, org).await?;
    Ok(a)
}

/// Saves every field of an activity (the form edits them all), if unchanged since `a.version`.
pub async fn update_activity(db: &mut impl Db, org: &OrgId, a: &Activity) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE bcp_activities SET department = $1, name = $2, description = $3, owner = $4, deputy = $5, legal_deadlines = $6, \
         peak_periods = $7, impacts = $8, rto_hours = $9, rpo_hours = $10, mbco = $11, min_staff = $12, min_workplaces = $13, \
         workaround = $14, alternate_location = $15, alternate_supplier = $16, mutual_aid = $17, paper_backlog = $18, updated_at = $19, \
         version = version + 1 WHERE org_id = $20 AND id = $21 AND version = $22"
    )
    .bind(&a.department)
    .bind(&a.name)
    .bind(&a.description)
    .bind(&a.owner)
    .bind(&a.deputy)
    .bind(&a.legal_deadlines)
    .bind(&a.peak_periods)
    .bind(crate::json::text(&a.impacts)?)
    .bind(opt_i64(a.rto_hours))
    .bind(opt_i64(a.rpo_hours))
    .bind(&a.mbco)
    .bind(opt_i64(a.min_staff))
    .bind(opt_i64(a.min_workplaces))
    .bind(crate::json::text(&a.workaround)?)
    .bind(&a.alternate_location)
    .bind(&a.alternate_supplier)
    .bind(&a.mutual_aid)
    .bind(&a.paper_backlog)
    .bind(now_ms())
    .bind(org.as_str())
    .bind(&a.id)
    .bind(a.version)
    .execute(c)
    .await
    })?;
    touch_core(db, org).await?;
    settle(db, &ACTIVITIES, org, &a.id, n).await
}

pub async fn delete_activity(db: &mut impl Db, org: &OrgId, id: &str) -> Result<()> {
    let n = exec!(db, |c| sqlx::query("DELETE FROM bcp_activities WHERE org_id = $1 AND id = $2")
        .bind(org.as_str())
        .bind(id)
        .execute(c)
        .await)?;
    touch_core(db, org).await?;
    if n == 1 { Ok(()) } else { Err(StoreError::NotFound) }
}
