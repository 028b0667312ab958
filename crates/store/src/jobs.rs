//! A job queue in the database: any server process may claim a due job with a lease;
//! if that process dies, the lease runs out and another one retries.

use weerbaar_core::JobId;

use crate::Result;
use crate::db::Db;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: JobId,
    pub kind: String,
    pub payload: String,
    pub attempts: i64,
    pub max_attempts: i64,
}

pub async fn enqueue(db: &mut impl Db, kind: &str, payload: &serde_json::Value, run_at: i64) -> Result<JobId> {
    let id = JobId::new();
    exec!(db, |c| sqlx::query("INSERT INTO jobs (id, kind, payload, run_at, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(id.as_str())
        .bind(kind)
        .bind(payload.to_string())
        .bind(run_at)
        .bind(weerbaar_core::now_ms())
        .execute(c)
        .await)?;
    Ok(id)
}

/// Claims the oldest due job for `lease_ms`. None when nothing is due.
pub async fn claim(db: &mut impl Db, worker: &str, now: i64, lease_ms: i64) -> Result<Option<Job>> {
    for _ in 0..3 {
        let candidate: Option<String> = run!(db, |c| sqlx::query_scalar(
            "SELECT id FROM jobs WHERE done_at IS NULL AND failed_at IS NULL AND run_at <= $1 \
             AND (locked_until IS NULL OR locked_until < $1) ORDER BY run_at, id LIMIT 1"
        )
        .bind(now)
        .fetch_optional(c)
        .await)?;
        let Some(id) = candidate else { return Ok(None) };
        let d = exec!(db, |c| sqlx::query(
            "UPDATE jobs SET locked_until = $1, locked_by = $2, attempts = attempts + 1 \
             WHERE id = $3 AND done_at IS NULL AND failed_at IS NULL AND (locked_until IS NULL OR locked_until < $4)"
        )
        .bind(now + lease_ms)
        .bind(worker)
        .bind(&id)
        .bind(now)
        .execute(c)
        .await)?;
        if d == 1 {
            let row: (String, String, String, i64, i64) = run!(db, |c| sqlx::query_as(
                "SELECT id, kind, payload, attempts, max_attempts FROM jobs WHERE id = $1"
            )
            .bind(&id)
            .fetch_one(c)
            .await)?;
            return Ok(Some(Job {
                id: JobId::from_db(row.0),
                kind: row.1,
                payload: row.2,
                attempts: row.3,
                max_attempts: row.4,
            }));
        }
        // Another process took it first; look again.
    }
    Ok(None)
}

pub async fn complete(db: &mut impl Db, id: &JobId, now: i64) -> Result<()> {
    exec!(db, |c| sqlx::query("UPDATE jobs SET done_at = $1, locked_until = NULL, last_error = NULL WHERE id = $2")
        .bind(now)
        .bind(id.as_str())
        .execute(c)
        .await)?;
    Ok(())
}

/// Records a failed attempt: retried at `retry_at`, or given up when None.
pub async fn failed(db: &mut impl Db, id: &JobId, error: &str, retry_at: Option<i64>, now: i64) -> Result<()> {
    let error: String = error.chars().take(2000).collect();
    match retry_at {
        Some(at) => exec!(db, |c| sqlx::query(
            "UPDATE jobs SET last_error = $1, run_at = $2, locked_until = NULL WHERE id = $3"
        )
        .bind(&error)
        .bind(at)
        .bind(id.as_str())
        .execute(c)
        .await)?,
        None => exec!(db, |c| sqlx::query(
            "UPDATE jobs SET last_error = $1, failed_at = $2, locked_until = NULL WHERE id = $3"
        )
        .bind(&error)
        .bind(now)
        .bind(id.as_str())
        .execute(c)
        .await)?,
    };
    Ok(())
}

/// Jobs still to do (due or not).
pub async fn pending(db: &mut impl Db) -> Result<i64> {
    Ok(run!(db, |c| sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE done_at IS NULL AND failed_at IS NULL")
        .fetch_one(c)
        .await)?)
}

/// Queues a job unless the same one (kind and payload) is already waiting; a waiting one
/// moves to `run_at`, so a burst of changes becomes one run after the last of them.
pub async fn schedule_once(db: &mut impl Db, kind: &str, payload: &serde_json::Value, run_at: i64) -> Result<()> {
    let text = payload.to_string();
    let now = weerbaar_core::now_ms();
    let moved = exec!(db, |c| sqlx::query(
        "UPDATE jobs SET run_at = $1 WHERE kind = $2 AND payload = $3 AND done_at IS NULL AND failed_at IS NULL \
         AND (locked_until IS NULL OR locked_until < $4)"
    )
    .bind(run_at)
    .bind(kind)
    .bind(&text)
    .bind(now)
    .execute(c)
    .await)?;
    if moved == 0 {
        enqueue(db, kind, payload, run_at).await?;
    }
    Ok(())
}

/// How many jobs of a kind and payload wait to run (not done, not failed).
pub async fn waiting(db: &mut impl Db, kind: &str, payload: &serde_json::Value) -> Result<usize> {
    let n: i64 = run!(db, |c| sqlx::query_scalar(
        "SELECT COUNT(*) FROM jobs WHERE kind = $1 AND payload = $2 AND done_at IS NULL AND failed_at IS NULL"
    )
    .bind(kind)
    .bind(payload.to_string())
    .fetch_one(c)
    .await)?;
    Ok(n as usize)
}
