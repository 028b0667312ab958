//! Quarterly evaluation rounds: the products in a round, each reviewer's scores, the
//! decisions, and the reminder before the deadline (once per deadline, with several
//! servers).

use jiff::civil::Date;
use weerbaar_core::catalogue::round::{Decision, NewRound, Scores};
use weerbaar_core::id::new_row_id;
use weerbaar_core::{UserId, now_ms};

use crate::db::Db;
use crate::{Result, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub id: String,
    pub name: String,
    pub deadline: Date,
    pub open: bool,
    pub created_by: String,
    pub created_at: i64,
}

type RoundRow = (String, String, String, String, String, i64);

fn round(r: RoundRow) -> Result<Round> {
    let (id, name, deadline, status, created_by, created_at) = r;
    Ok(Round {
        deadline: deadline.parse().map_err(|_| StoreError::Corrupt("round deadline".into()))?,
        open: status == "open",
        id,
        name,
        created_by,
        created_at,
    })
}

/// Opens a round with these resources (by id).
pub async fn open(db: &mut impl Db, r: &NewRound, resource_ids: &[String], by: &str) -> Result<String> {
    let id = new_row_id();
    exec!(db, |c| sqlx::query(
        "INSERT INTO cat_rounds (id, name, deadline, status, created_by, created_at) VALUES ($1, $2, $3, 'open', $4, $5)"
    )
    .bind(&id)
    .bind(&r.name)
    .bind(r.deadline.to_string())
    .bind(by)
    .bind(now_ms())
    .execute(c)
    .await)
    .map_err(|e| StoreError::unique(e, "name"))?;
    for rid in resource_ids {
        exec!(db, |c| sqlx::query("INSERT INTO cat_round_items (round_id, resource_id) VALUES ($1, $2)")
            .bind(&id)
            .bind(rid)
            .execute(c)
            .await)?;
    }
    Ok(id)
}

pub async fn list(db: &mut impl Db) -> Result<Vec<Round>> {
    let rows: Vec<RoundRow> = run!(db, |c| sqlx::query_as(
        "SELECT id, name, deadline, status, created_by, created_at FROM cat_rounds ORDER BY created_at DESC, id"
    )
    .fetch_all(c)
    .await)?;
    rows.into_iter().map(round).collect()
}

pub async fn get(db: &mut impl Db, id: &str) -> Result<Option<Round>> {
    let row: Option<RoundRow> = run!(db, |c| sqlx::query_as(
        "SELECT id, name, deadline, status, created_by, created_at FROM cat_rounds WHERE id = $1"
    )
    .bind(id)
    .fetch_optional(c)
    .await)?;
    row.map(round).transpose()
}

pub async fn close(db: &mut impl Db, id: &str) -> Result<bool> {
    let n = exec!(db, |c| sqlx::query("UPDATE cat_rounds SET status = 'closed' WHERE id = $1 AND status = 'open'")
        .bind(id)
        .execute(c)
        .await)?;
    Ok(n > 0)
}

/// A product in a round, with the decision taken (if any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub resource_id: String,
    pub slug: String,
    pub decision: Option<Decision>,
    pub decision_note: String,
    pub decided_by: Option<String>,
}

type ItemRow = (String, String, Option<String>, String, Option<String>);

pub async fn items(db: &mut impl Db, round_id: &str) -> Result<Vec<Item>> {
    let rows: Vec<ItemRow> = run!(db, |c| sqlx::query_as(
        "SELECT i.resource_id, r.slug, i.decision, i.decision_note, i.decided_by FROM cat_round_items i \
         JOIN cat_resources r ON r.id = i.resource_id WHERE i.round_id = $1 ORDER BY r.slug"
    )
    .bind(round_id)
    .fetch_all(c)
    .await)?;
    Ok(rows
        .into_iter()
        .map(|(resource_id, slug, decision, decision_note, decided_by)| Item {
            resource_id,
            slug,
            decision: decision.as_deref().and_then(Decision::parse),
            decision_note,
            decided_by,
        })
        .collect())
}

/// Saves a reviewer's scores (again) while the round is open. False when it is closed
/// or the product is not in it.
pub async fn score(db: &mut impl Db, round_id: &str, resource_id: &str, reviewer: &UserId, s: &Scores) -> Result<bool> {
    let open: Option<String> = run!(db, |c| sqlx::query_scalar(
        "SELECT r.status FROM cat_rounds r JOIN cat_round_items i ON i.round_id = r.id \
         WHERE r.id = $1 AND i.resource_id = $2"
    )
    .bind(round_id)
    .bind(resource_id)
    .fetch_optional(c)
    .await)?;
    if open.as_deref() != Some("open") {
        return Ok(false);
    }
    let [a, b, c_, d, e] = s.values.map(i64::from);
    exec!(db, |c| {
        sqlx::query(
        "INSERT INTO cat_scores (round_id, resource_id, reviewer_id, relevance, correctness, clarity, completeness, usability, comment, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
         ON CONFLICT (round_id, resource_id, reviewer_id) DO UPDATE SET relevance = $4, correctness = $5, clarity = $6, \
         completeness = $7, usability = $8, comment = $9, updated_at = $10"
    )
    .bind(round_id)
    .bind(resource_id)
    .bind(reviewer.as_str())
    .bind(a)
    .bind(b)
    .bind(c_)
    .bind(d)
    .bind(e)
    .bind(&s.comment)
    .bind(now_ms())
    .execute(c)
    .await
    })?;
    Ok(true)
}

/// A score with who gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Given {
    pub resource_id: String,
    pub reviewer_id: String,
    pub reviewer_name: String,
    pub scores: Scores,
}

type ScoreRow = (String, String, String, i64, i64, i64, i64, i64, String);

pub async fn scores(db: &mut impl Db, round_id: &str) -> Result<Vec<Given>> {
    let rows: Vec<ScoreRow> = run!(db, |c| {
        sqlx::query_as(
        "SELECT s.resource_id, s.reviewer_id, u.name, s.relevance, s.correctness, s.clarity, s.completeness, s.usability, s.comment \
         FROM cat_scores s JOIN users u ON u.id = s.reviewer_id WHERE s.round_id = $1 ORDER BY s.resource_id, u.name"
    )
    .bind(round_id)
    .fetch_all(c)
    .await
    })?;
    Ok(rows
        .into_iter()
        .map(|(resource_id, reviewer_id, reviewer_name, a, b, c, d, e, comment)| Given {
            resource_id,
            reviewer_id,
            reviewer_name,
            scores: Scores { values: [a, b, c, d, e].map(|v| u8::try_from(v.clamp(1, 5)).unwrap_or(1)), comment },
        })
        .collect())
}

pub async fn decide(
    db: &mut impl Db,
    round_id: &str,
    resource_id: &str,
    d: Decision,
    note: &str,
    by: &str,
) -> Result<bool> {
    let n = exec!(db, |c| sqlx::query(
        "UPDATE cat_round_items SET decision = $1, decision_note = $2, decided_by = $3, decided_at = $4 \
         WHERE round_id = $5 AND resource_id = $6"
    )
    .bind(d.as_str())
    .bind(note)
    .bind(by)
    .bind(now_ms())
    .bind(round_id)
    .bind(resource_id)
    .execute(c)
    .await)?;
    Ok(n > 0)
}

/// The sounding board: every enabled reviewer (id, e-mail, name, language).
pub async fn reviewers(db: &mut impl Db) -> Result<Vec<(String, String, String, Option<String>)>> {
    Ok(run!(db, |c| sqlx::query_as(
        "SELECT id, email, name, locale FROM users WHERE is_reviewer AND NOT disabled ORDER BY name"
    )
    .fetch_all(c)
    .await)?)
}

/// Open rounds whose deadline is at most `days` away and that were not yet reminded for it.
pub async fn due_for_reminder(db: &mut impl Db, today: Date, days: i64) -> Result<Vec<Round>> {
    let until = today.checked_add(jiff::Span::new().days(days)).unwrap_or(today).to_string();
    let rows: Vec<RoundRow> = run!(db, |c| {
        sqlx::query_as(
        "SELECT id, name, deadline, status, created_by, created_at FROM cat_rounds \
         WHERE status = 'open' AND deadline <= $1 AND deadline >= $2 AND (reminded_for IS NULL OR reminded_for <> deadline)"
    )
    .bind(&until)
    .bind(today.to_string())
    .fetch_all(c)
    .await
    })?;
    rows.into_iter().map(round).collect()
}

/// Claims the reminder of a round for this deadline; false when another process did.
pub async fn mark_reminded(db: &mut impl Db, r: &Round) -> Result<bool> {
    let d = r.deadline.to_string();
    let n = exec!(db, |c| sqlx::query(
        "UPDATE cat_rounds SET reminded_for = $1 WHERE id = $2 AND (reminded_for IS NULL OR reminded_for <> $1)"
    )
    .bind(&d)
    .bind(&r.id)
    .execute(c)
    .await)?;
    Ok(n > 0)
}
