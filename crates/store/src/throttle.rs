//! Sign-in throttling state, shared by all server processes.

use weerbaar_core::throttle::ThrottleRule;

use crate::Result;
use crate::db::Db;

/// Until when (ms) the key is blocked; 0 if not.
pub async fn blocked_until(db: &mut impl Db, key: &str) -> Result<i64> {
    let v: Option<i64> = run!(db, |c| sqlx::query_scalar("SELECT blocked_until FROM login_throttle WHERE key = $1")
        .bind(key)
        .fetch_optional(c)
        .await)?;
    Ok(v.unwrap_or(0))
}

/// The failures counted for the key (forgotten ones included until the next failure).
pub async fn failures(db: &mut impl Db, key: &str) -> Result<i64> {
    let n: Option<i64> = run!(db, |c| sqlx::query_scalar("SELECT failures FROM login_throttle WHERE key = $1")
        .bind(key)
        .fetch_optional(c)
        .await)?;
    Ok(n.unwrap_or(0))
}

/// Counts a failure atomically and returns until when the key is now blocked.
pub async fn record_failure(db: &mut impl Db, key: &str, rule: &ThrottleRule, now: i64) -> Result<i64> {
    record(db, key, rule, now).await?;
    blocked_until(db, key).await
}

/// Blocks the key until `until` (ms), whatever its count.
pub async fn block(db: &mut impl Db, key: &str, until: i64) -> Result<()> {
    exec!(db, |c| sqlx::query("UPDATE login_throttle SET blocked_until = $1 WHERE key = $2")
        .bind(until)
        .bind(key)
        .execute(c)
        .await)?;
    Ok(())
}

/// Counts a failure atomically, blocks the key as `rule` says and returns the count.
pub async fn record(db: &mut impl Db, key: &str, rule: &ThrottleRule, now: i64) -> Result<u32> {
    let forget_before = now - rule.forget_after_secs * 1000;
    let failures: i64 = run!(db, |c| sqlx::query_scalar(
        "INSERT INTO login_throttle (key, failures, last_failure_at, blocked_until) VALUES ($1, 1, $2, 0) \
         ON CONFLICT (key) DO UPDATE SET \
           failures = CASE WHEN login_throttle.last_failure_at < $3 THEN 1 ELSE login_throttle.failures + 1 END, \
           last_failure_at = $2 \
         RETURNING failures"
    )
    .bind(key)
    .bind(now)
    .bind(forget_before)
    .fetch_one(c)
    .await)?;
    let failures = u32::try_from(failures).unwrap_or(u32::MAX);
    let wait = rule.wait_after(failures);
    let until = if wait > 0 { now + wait * 1000 } else { 0 };
    block(db, key, until).await?;
    Ok(failures)
}

pub async fn clear(db: &mut impl Db, key: &str) -> Result<()> {
    exec!(db, |c| sqlx::query("DELETE FROM login_throttle WHERE key = $1").bind(key).execute(c).await)?;
    Ok(())
}
