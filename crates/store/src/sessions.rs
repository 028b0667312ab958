//! Sign-in sessions, stored so that any server process can serve any request.
//! Only a hash of the session token is stored.

use weerbaar_core::account::User;
use weerbaar_core::{OrgId, UserId};

use crate::Result;
use crate::db::Db;
use crate::members::{OrgMembership, memberships_json, parse_memberships};
use crate::users::{UserRow, user_cols};

#[derive(Debug, Clone)]
pub struct Session {
    pub id_hash: String,
    pub user: User,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub mfa_pending: bool,
    pub active_org: Option<OrgId>,
    /// The person's organisations and roles, loaded in the same query.
    pub orgs: Vec<OrgMembership>,
}

#[derive(Debug, Clone)]
pub struct NewSession<'a> {
    pub id_hash: &'a str,
    pub user_id: &'a UserId,
    pub now: i64,
    pub expires_at: i64,
    pub mfa_pending: bool,
    pub active_org: Option<&'a OrgId>,
    pub ip: Option<&'a str>,
    pub user_agent: Option<&'a str>,
}

pub async fn create(db: &mut impl Db, s: &NewSession<'_>) -> Result<()> {
    let ua: Option<String> = s.user_agent.map(|u| u.chars().take(300).collect());
    exec!(db, |c| {
        sqlx::query(
        "INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at, mfa_pending, active_org_id, ip, user_agent) \
         VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8)"
    )
    .bind(s.id_hash)
    .bind(s.user_id.as_str())
    .bind(s.now)
    .bind(s.expires_at)
    .bind(s.mfa_pending)
    .bind(s.active_org.map(|o| o.as_str()))
    .bind(s.ip)
    .bind(ua)
    .execute(c)
    .await
    })?;
    Ok(())
}

macro_rules! session_sql {
    ($dialect:tt) => {
        concat!(
            "SELECT ",
            user_cols!("u"),
            ", s.created_at AS s_created_at, s.last_seen_at AS s_last_seen_at, s.mfa_pending AS s_mfa_pending, \
             s.active_org_id AS s_active_org_id, ",
            memberships_json!($dialect),
            " AS s_orgs FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = $1 AND s.expires_at > $2"
        )
    };
}

/// The session, its user and their organisations (one query), if the session exists
/// and has not hit its hard expiry.
pub async fn lookup(db: &mut impl Db, id_hash: &str, now: i64) -> Result<Option<Session>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        user: UserRow,
        s_created_at: i64,
        s_last_seen_at: i64,
        s_mfa_pending: bool,
        s_active_org_id: Option<String>,
        s_orgs: Option<String>,
    }
    let row: Option<Row> = run_dialect!(db, sqlite: session_sql!(sqlite), postgres: session_sql!(postgres), |sql, c| {
        sqlx::query_as(sql).bind(id_hash).bind(now).fetch_optional(c).await
    })?;
    row.map(|r| {
        Ok(Session {
            id_hash: id_hash.to_string(),
            orgs: parse_memberships(r.s_orgs.as_deref())?,
            user: r.user.into(),
            created_at: r.s_created_at,
            last_seen_at: r.s_last_seen_at,
            mfa_pending: r.s_mfa_pending,
            active_org: r.s_active_org_id.map(OrgId::from_db),
        })
    })
    .transpose()
}

pub async fn touch(db: &mut impl Db, id_hash: &str, now: i64) -> Result<()> {
    exec!(db, |c| sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2")
        .bind(now)
        .bind(id_hash)
        .execute(c)
        .await)?;
    Ok(())
}

pub async fn set_active_org(db: &mut impl Db, id_hash: &str, org: &OrgId) -> Result<()> {
    exec!(db, |c| sqlx::query("UPDATE sessions SET active_org_id = $1 WHERE id_hash = $2")
        .bind(org.as_str())
        .bind(id_hash)
        .execute(c)
        .await)?;
    Ok(())
}

pub async fn delete(db: &mut impl Db, id_hash: &str) -> Result<()> {
    exec!(db, |c| sqlx::query("DELETE FROM sessions WHERE id_hash = $1").bind(id_hash).execute(c).await)?;
    Ok(())
}

/// Signs a person out everywhere (except, optionally, the current session).
pub async fn delete_for_user(db: &mut impl Db, user: &UserId, except: Option<&str>) -> Result<u64> {
    let d = exec!(db, |c| sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2")
        .bind(user.as_str())
        .bind(except.unwrap_or(""))
        .execute(c)
        .await)?;
    Ok(d)
}

pub async fn count_for_user(db: &mut impl Db, user: &UserId, now: i64) -> Result<i64> {
    Ok(run!(db, |c| sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE user_id = $1 AND expires_at > $2")
        .bind(user.as_str())
        .bind(now)
        .fetch_one(c)
        .await)?)
}

/// Removes sessions past their hard expiry or idle for longer than `idle_ms`.
pub async fn purge(db: &mut impl Db, now: i64, idle_ms: i64) -> Result<u64> {
    let d = exec!(db, |c| sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
        .bind(now)
        .bind(now - idle_ms)
        .execute(c)
        .await)?;
    Ok(d)
}
