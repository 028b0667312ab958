//! The crisis organisation and its roles.

use crate::db::Db;
use crate::json::parse;
use crate::{Result, StoreError};
use weerbaar_core::OrgId;
use weerbaar_core::bcp::model::*;

use super::*;

/// The JSON stored for the crisis organisation (all but its version).
#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct CrisisData {
    pub(crate) activation_criteria: Vec<String>,
    pub(crate) who_may_activate: String,
    pub(crate) call_tree: Vec<CallStep>,
    pub(crate) meeting_primary: String,
    pub(crate) meeting_alternate: String,
    pub(crate) handover_criteria: Vec<String>,
    pub(crate) handover_explanation: String,
}

pub async fn crisis(db: &mut impl Db, org: &OrgId) -> Result<Crisis> {
    let row: Option<(String, i64)> =
        run!(db, |c| sqlx::query_as("SELECT data, version FROM bcp_crisis WHERE org_id = $1")
            .bind(org.as_str())
            .fetch_optional(c)
            .await)?;
    Ok(match row {
        Some((data, version)) => {
            let d: CrisisData = parse("crisis", &data)?;
            Crisis {
                activation_criteria: d.activation_criteria,
                who_may_activate: d.who_may_activate,
                call_tree: d.call_tree,
                meeting_primary: d.meeting_primary,
                meeting_alternate: d.meeting_alternate,
                handover_criteria: d.handover_criteria,
                handover_explanation: d.handover_explanation,
                version,
            }
        }
        None => Crisis::default(),
    })
}

/// id, position, key, name, tasks, primary, deputy, version
pub(crate) type RoleRow = (String, i64, String, String, String, String, String, i64);

pub async fn roles(db: &mut impl Db, org: &OrgId) -> Result<Vec<CrisisRole>> {
    let rows: Vec<RoleRow> = run!(db, |c| sqlx::query_as(
        "SELECT id, position, role_key, name, tasks, primary_contact, deputy_contact, version FROM bcp_roles \
         WHERE org_id = $1 ORDER BY position, id"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    rows.into_iter()
        .map(|(id, position, key, name, tasks, p, d, version)| {
            Ok(CrisisRole {
                id,
                position,
                key,
                name,
                tasks: parse("tasks", &tasks)?,
                primary: parse("contact", &p)?,
                deputy: parse("contact", &d)?,
                version,
            })
        })
        .collect()
}

pub async fn update_crisis(db: &mut impl Db, org: &OrgId, c: &Crisis) -> Result<()> {
    let data = CrisisData {
        activation_criteria: c.activation_criteria.clone(),
        who_may_activate: c.who_may_activate.clone(),
        call_tree: c.call_tree.clone(),
        meeting_primary: c.meeting_primary.clone(),
        meeting_alternate: c.meeting_alternate.clone(),
        handover_criteria: c.handover_criteria.clone(),
        handover_explanation: c.handover_explanation.clone(),
    };
    let n = exec!(db, |x| sqlx::query(
        "UPDATE bcp_crisis SET data = $1, version = version + 1 WHERE org_id = $2 AND version = $3"
    )
    .bind(crate::json::text(&data)?)
    .bind(org.as_str())
    .bind(c.version)
    .execute(x)
    .await)?;
    if n == 1 { Ok(()) } else { Err(StoreError::Conflict) }
}

pub async fn update_role(db: &mut impl Db, org: &OrgId, r: &CrisisRole) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE bcp_roles SET name = $1, tasks = $2, primary_contact = $3, deputy_contact = $4, version = version + 1 \
         WHERE org_id = $5 AND id = $6 AND version = $7"
    )
    .bind(&r.name)
    .bind(crate::json::text(&r.tasks)?)
    .bind(crate::json::text(&r.primary)?)
    .bind(crate::json::text(&r.deputy)?)
    .bind(org.as_str())
    .bind(&r.id)
    .bind(r.version)
    .execute(c)
    .await
    })?;
    settle(db, &ROLES, org, &r.id, n).await
}
