//! Playbooks per scenario.

use crate::Result;
use crate::db::Db;
use crate::json::parse;
use weerbaar_core::OrgId;
use weerbaar_core::bcp::model::*;

use super::*;

/// The JSON stored for a playbook (everything but its key fields).
#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct PlaybookData {
    pub(crate) title: String,
    pub(crate) summary: String,
    pub(crate) signals: Vec<String>,
    pub(crate) first_hour: Vec<String>,
    pub(crate) decisions: Vec<Decision>,
    pub(crate) communication: Vec<Communication>,
    pub(crate) recovery: Vec<String>,
    pub(crate) return_to_normal: Vec<String>,
    pub(crate) clocks: Vec<Clock>,
}

pub(crate) fn playbook_data(b: &Playbook) -> PlaybookData {
    PlaybookData {
        title: b.title.clone(),
        summary: b.summary.clone(),
        signals: b.signals.clone(),
        first_hour: b.first_hour.clone(),
        decisions: b.decisions.clone(),
        communication: b.communication.clone(),
        recovery: b.recovery.clone(),
        return_to_normal: b.return_to_normal.clone(),
        clocks: b.clocks.clone(),
    }
}

pub async fn playbooks(db: &mut impl Db, org: &OrgId) -> Result<Vec<Playbook>> {
    let rows: Vec<(String, i64, String, String, i64)> = run!(db, |c| sqlx::query_as(
        "SELECT id, position, scenario, data, version FROM bcp_playbooks WHERE org_id = $1 ORDER BY position, id"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    rows.into_iter()
        .map(|(id, position, scenario, data, version)| {
            let d: PlaybookData = parse("playbook", &data)?;
            Ok(Playbook {
                id,
                position,
                scenario,
                title: d.title,
                summary: d.summary,
                signals: d.signals,
                first_hour: d.first_hour,
                decisions: d.decisions,
                communication: d.communication,
                recovery: d.recovery,
                return_to_normal: d.return_to_normal,
                clocks: d.clocks,
                version,
            })
        })
        .collect()
}

pub async fn update_playbook(db: &mut impl Db, org: &OrgId, b: &Playbook) -> Result<()> {
    let n = exec!(db, |c| sqlx::query(
        "UPDATE bcp_playbooks SET data = $1, version = version + 1 WHERE org_id = $2 AND id = $3 AND version = $4"
    )
    .bind(crate::json::text(&playbook_data(b))?)
    .bind(org.as_str())
    .bind(&b.id)
    .bind(b.version)
    .execute(c)
    .await)?;
    settle(db, &PLAYBOOKS, org, &b.id, n).await
}
