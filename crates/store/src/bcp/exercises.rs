//! Exercises: tabletop, walk-through, restore test.

use crate::db::Db;
use crate::json::parse;
use crate::{Result, StoreError};
use weerbaar_core::OrgId;
use weerbaar_core::bcp::model::*;
use weerbaar_core::id::new_row_id;

use super::*;

pub async fn exercises(db: &mut impl Db, org: &OrgId) -> Result<Vec<Exercise>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: String,
        position: i64,
        kind: String,
        title: String,
        scenario: String,
        planned_on: Option<String>,
        done_on: Option<String>,
        participants: String,
        result: String,
        actions: String,
        version: i64,
    }
    let rows: Vec<Row> = run!(db, |c| {
        sqlx::query_as(
        "SELECT id, position, kind, title, scenario, planned_on, done_on, participants, result, actions, version FROM bcp_exercises \
         WHERE org_id = $1 ORDER BY position, id"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await
    })?;
    rows.into_iter()
        .map(|r| {
            Ok(Exercise {
                kind: ExerciseKind::parse(&r.kind)
                    .ok_or_else(|| StoreError::Corrupt(format!("exercise kind {}", r.kind)))?,
                actions: parse("actions", &r.actions)?,
                id: r.id,
                position: r.position,
                title: r.title,
                scenario: r.scenario,
                planned_on: date("planned_on", r.planned_on)?,
                done_on: date("done_on", r.done_on)?,
                participants: r.participants,
                result: r.result,
                version: r.version,
            })
        })
        .collect()
}

pub(crate) async fn insert_exercise(db: &mut impl Db, org: &OrgId, plan_id: &str, e: &Exercise) -> Result<()> {
    exec!(db, |c| {
        sqlx::query(
        "INSERT INTO bcp_exercises (id, plan_id, org_id, position, kind, title, scenario, planned_on, done_on, participants, result, actions, version) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1)"
    )
    .bind(&e.id)
    .bind(plan_id)
    .bind(org.as_str())
    .bind(e.position)
    .bind(e.kind.as_str())
    .bind(&e.title)
    .bind(&e.scenario)
    .bind(e.planned_on.map(|d| d.to_string()))
    .bind(e.done_on.map(|d| d.to_string()))
    .bind(&e.participants)
    .bind(&e.result)
    .bind(crate::json::text(&e.actions)?)
    .execute(c)
    .await
    })?;
    Ok(())
}

pub async fn add_exercise(db: &mut impl Db, org: &OrgId, e: &Exercise) -> Result<Exercise> {
    let h = header(db, org).await?.ok_or(StoreError::NotFound)?;
    let next = next_position(db, &EXERCISES, org).await?;
    let e = Exercise { id: new_row_id(), position: next, version: 1, ..e.clone() };
    insert_exercise(db, org, &h.id, &e).await?;
    Ok(e)
}

pub async fn update_exercise(db: &mut impl Db, org: &OrgId, e: &Exercise) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE bcp_exercises SET kind = $1, title = $2, scenario = $3, planned_on = $4, done_on = $5, participants = $6, result = $7, \
         actions = $8, version = version + 1 WHERE org_id = $9 AND id = $10 AND version = $11"
    )
    .bind(e.kind.as_str())
    .bind(&e.title)
    .bind(&e.scenario)
    .bind(e.planned_on.map(|d| d.to_string()))
    .bind(e.done_on.map(|d| d.to_string()))
    .bind(&e.participants)
    .bind(&e.result)
    .bind(crate::json::text(&e.actions)?)
    .bind(org.as_str())
    .bind(&e.id)
    .bind(e.version)
    .execute(c)
    .await
    })?;
    settle(db, &EXERCISES, org, &e.id, n).await
}

pub async fn delete_exercise(db: &mut impl Db, org: &OrgId, id: &str) -> Result<()> {
    let n = exec!(db, |c| sqlx::query("DELETE FROM bcp_exercises WHERE org_id = $1 AND id = $2")
        .bind(org.as_str())
        .bind(id)
        .execute(c)
        .await)?;
    if n == 1 { Ok(()) } else { Err(StoreError::NotFound) }
}
