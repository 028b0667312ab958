//! The append-only audit log. This module can add and read entries; there is no code
//! path that changes or deletes one, and database triggers refuse it too.

use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::id::new_row_id;
use weerbaar_core::{OrgId, UserId, now_ms};

use crate::Result;
use crate::db::Db;

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AuditEntry {
    pub id: String,
    pub at: i64,
    pub org_id: Option<OrgId>,
    pub actor_id: Option<UserId>,
    pub actor_label: String,
    /// The stored code; `AuditAction::parse` gives the enum (unknown codes from newer
    /// versions stay readable).
    pub action: String,
    pub target: Option<String>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub ip: Option<String>,
}

impl AuditEntry {
    pub fn action(&self) -> Option<AuditAction> {
        AuditAction::parse(&self.action)
    }
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    at: i64,
    org_id: Option<String>,
    actor_id: Option<String>,
    actor_label: String,
    action: String,
    target: Option<String>,
    before_json: Option<String>,
    after_json: Option<String>,
    ip: Option<String>,
}

impl From<Row> for AuditEntry {
    fn from(r: Row) -> Self {
        let parse = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
        AuditEntry {
            id: r.id,
            at: r.at,
            org_id: r.org_id.map(OrgId::from_db),
            actor_id: r.actor_id.map(UserId::from_db),
            actor_label: r.actor_label,
            action: r.action,
            target: r.target,
            before: parse(r.before_json),
            after: parse(r.after_json),
            ip: r.ip,
        }
    }
}

/// Appends an entry. Call it in the same transaction as the change it records.
pub async fn append(db: &mut impl Db, e: &NewAuditEntry) -> Result<()> {
    exec!(db, |c| sqlx::query(
        "INSERT INTO audit_log (id, at, org_id, actor_id, actor_label, action, target, before_json, after_json, ip) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
    )
    .bind(new_row_id())
    .bind(now_ms())
    .bind(e.org_id.as_ref().map(|o| o.as_str()))
    .bind(e.actor_id.as_ref().map(|u| u.as_str()))
    .bind(&e.actor_label)
    .bind(e.action.code())
    .bind(&e.target)
    .bind(e.before.as_ref().map(|v| v.to_string()))
    .bind(e.after.as_ref().map(|v| v.to_string()))
    .bind(&e.ip)
    .execute(c)
    .await)?;
    Ok(())
}

/// Filters for reading an organisation's log. Empty means "any".
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub action: Option<String>,
    /// Part of the actor's e-mail address.
    pub actor: Option<String>,
    pub from_ms: Option<i64>,
    pub to_ms: Option<i64>,
    pub limit: i64,
    pub offset: i64,
}

fn like_pattern(s: &str) -> String {
    let escaped = s.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

/// One page of an organisation's entries, newest first, and the total matching.
/// An organisation's log holds its own entries and the personal ones (sign-ins,
/// password changes) of its current members.
pub async fn list(db: &mut impl Db, org: &OrgId, f: &AuditFilter) -> Result<(Vec<AuditEntry>, i64)> {
    let actor = f.actor.as_deref().map(like_pattern);
    const WHERE: &str = "WHERE (org_id = $1 OR (org_id IS NULL AND actor_id IN (SELECT user_id FROM memberships WHERE org_id = $1))) AND ($2 IS NULL OR action = $2) AND ($3 IS NULL OR lower(actor_label) LIKE $3 ESCAPE '\\') \
                         AND ($4 IS NULL OR at >= $4) AND ($5 IS NULL OR at < $5)";
    let total: i64 =
        run!(db, |c| sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM audit_log {WHERE}")))
            .bind(org.as_str())
            .bind(&f.action)
            .bind(&actor)
            .bind(f.from_ms)
            .bind(f.to_ms)
            .fetch_one(c)
            .await)?;
    let rows: Vec<Row> = run!(db, |c| {
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT id, at, org_id, actor_id, actor_label, action, target, before_json, after_json, ip FROM audit_log {WHERE} \
         ORDER BY id DESC LIMIT $6 OFFSET $7"
    )))
    .bind(org.as_str())
    .bind(&f.action)
    .bind(&actor)
    .bind(f.from_ms)
    .bind(f.to_ms)
    .bind(f.limit.clamp(1, 500))
    .bind(f.offset.max(0))
    .fetch_all(c)
    .await
    })?;
    Ok((rows.into_iter().map(AuditEntry::from).collect(), total))
}

/// The latest entries of an organisation (dashboard).
pub async fn recent(db: &mut impl Db, org: &OrgId, n: i64) -> Result<Vec<AuditEntry>> {
    let rows: Vec<Row> = run!(db, |c| sqlx::query_as(
        "SELECT id, at, org_id, actor_id, actor_label, action, target, before_json, after_json, ip FROM audit_log \
         WHERE org_id = $1 OR (org_id IS NULL AND actor_id IN (SELECT user_id FROM memberships WHERE org_id = $1)) \
         ORDER BY id DESC LIMIT $2"
    )
    .bind(org.as_str())
    .bind(n)
    .fetch_all(c)
    .await)?;
    Ok(rows.into_iter().map(AuditEntry::from).collect())
}

/// Entries about a person that belong to no organisation (sign-ins, password changes).
pub async fn for_actor(db: &mut impl Db, user: &UserId, n: i64) -> Result<Vec<AuditEntry>> {
    let rows: Vec<Row> = run!(db, |c| sqlx::query_as(
        "SELECT id, at, org_id, actor_id, actor_label, action, target, before_json, after_json, ip FROM audit_log \
         WHERE actor_id = $1 AND org_id IS NULL ORDER BY id DESC LIMIT $2"
    )
    .bind(user.as_str())
    .bind(n)
    .fetch_all(c)
    .await)?;
    Ok(rows.into_iter().map(AuditEntry::from).collect())
}
