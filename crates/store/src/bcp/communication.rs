//! Stakeholders and prepared messages.

use crate::Result;
use crate::db::Db;
use weerbaar_core::OrgId;
use weerbaar_core::bcp::model::*;

use super::*;

pub async fn stakeholders(db: &mut impl Db, org: &OrgId) -> Result<Vec<Stakeholder>> {
    let rows: Vec<(String, i64, String, String, String, i64)> = run!(db, |c| {
        sqlx::query_as(
        "SELECT id, position, audience, channel, owner, version FROM bcp_stakeholders WHERE org_id = $1 ORDER BY position, id"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await
    })?;
    Ok(rows
        .into_iter()
        .map(|(id, position, audience, channel, owner, version)| Stakeholder {
            id,
            position,
            audience,
            channel,
            owner,
            version,
        })
        .collect())
}

pub async fn messages(db: &mut impl Db, org: &OrgId) -> Result<Vec<Message>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: String,
        position: i64,
        scenario: String,
        phase: String,
        audience: String,
        channel: String,
        subject: String,
        body: String,
        version: i64,
    }
    let rows: Vec<Row> = run!(db, |c| sqlx::query_as(
        "SELECT id, position, scenario, phase, audience, channel, subject, body, version FROM bcp_messages \
         WHERE org_id = $1 ORDER BY position, id"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    Ok(rows
        .into_iter()
        .map(|r| Message {
            id: r.id,
            position: r.position,
            scenario: r.scenario,
            phase: r.phase,
            audience: r.audience,
            channel: r.channel,
            subject: r.subject,
            body: r.body,
            version: r.version,
        })
        .collect())
}

pub async fn update_stakeholder(db: &mut impl Db, org: &OrgId, s: &Stakeholder) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE bcp_stakeholders SET channel = $1, owner = $2, version = version + 1 WHERE org_id = $3 AND id = $4 AND version = $5"
    )
    .bind(&s.channel)
    .bind(&s.owner)
    .bind(org.as_str())
    .bind(&s.id)
    .bind(s.version)
    .execute(c)
    .await
    })?;
    settle(db, &STAKEHOLDERS, org, &s.id, n).await
}

pub async fn update_message(db: &mut impl Db, org: &OrgId, m: &Message) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE bcp_messages SET channel = $1, subject = $2, body = $3, version = version + 1 WHERE org_id = $4 AND id = $5 AND version = $6"
    )
    .bind(&m.channel)
    .bind(&m.subject)
    .bind(&m.body)
    .bind(org.as_str())
    .bind(&m.id)
    .bind(m.version)
    .execute(c)
    .await
    })?;
    settle(db, &MESSAGES, org, &m.id, n).await
}
