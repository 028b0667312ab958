//! Single-use links: invitations to an organisation, password resets, first setup.
//! The token is mailed or printed once; only its hash is stored.

use weerbaar_core::id::LinkId;
use weerbaar_core::role::OrgRole;
use weerbaar_core::{OrgId, UserId};

use crate::db::Db;
use crate::{Result, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    Invitation,
    PasswordReset,
    Setup,
}

impl LinkKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::Invitation => "invitation",
            LinkKind::PasswordReset => "password_reset",
            LinkKind::Setup => "setup",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub id: LinkId,
    pub kind: LinkKind,
    pub email: Option<String>,
    pub org_id: Option<OrgId>,
    pub role: Option<OrgRole>,
    pub user_id: Option<UserId>,
    pub created_by: Option<UserId>,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    kind: String,
    email: Option<String>,
    org_id: Option<String>,
    role: Option<String>,
    user_id: Option<String>,
    created_by: Option<String>,
    created_at: i64,
    expires_at: i64,
    used_at: Option<i64>,
    revoked_at: Option<i64>,
}

impl Row {
    fn into_link(self) -> Result<Link> {
        let kind = match self.kind.as_str() {
            "invitation" => LinkKind::Invitation,
            "password_reset" => LinkKind::PasswordReset,
            "setup" => LinkKind::Setup,
            k => return Err(StoreError::Corrupt(format!("link kind {k}"))),
        };
        let role = self
            .role
            .map(|r| OrgRole::parse(&r).ok_or_else(|| StoreError::Corrupt(format!("role {r}"))))
            .transpose()?;
        Ok(Link {
            id: LinkId::from_db(self.id),
            kind,
            email: self.email,
            org_id: self.org_id.map(OrgId::from_db),
            role,
            user_id: self.user_id.map(UserId::from_db),
            created_by: self.created_by.map(UserId::from_db),
            created_at: self.created_at,
            expires_at: self.expires_at,
            used_at: self.used_at,
            revoked_at: self.revoked_at,
        })
    }
}

const COLS: &str = "SELECT id, kind, email, org_id, role, user_id, created_by, created_at, expires_at, used_at, revoked_at FROM links ";

#[derive(Debug, Clone)]
pub struct NewLink<'a> {
    pub kind: LinkKind,
    pub token_hash: &'a str,
    pub email: Option<&'a str>,
    pub org_id: Option<&'a OrgId>,
    pub role: Option<OrgRole>,
    pub user_id: Option<&'a UserId>,
    pub created_by: Option<&'a UserId>,
    pub now: i64,
    pub expires_at: i64,
}

pub async fn create(db: &mut impl Db, l: &NewLink<'_>) -> Result<Link> {
    let id = LinkId::new();
    exec!(db, |c| sqlx::query(
        "INSERT INTO links (id, kind, token_hash, email, org_id, role, user_id, created_by, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
    )
    .bind(id.as_str())
    .bind(l.kind.as_str())
    .bind(l.token_hash)
    .bind(l.email)
    .bind(l.org_id.map(|o| o.as_str()))
    .bind(l.role.map(|r| r.as_str()))
    .bind(l.user_id.map(|u| u.as_str()))
    .bind(l.created_by.map(|u| u.as_str()))
    .bind(l.now)
    .bind(l.expires_at)
    .execute(c)
    .await)?;
    let row: Row = run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!("{COLS} WHERE id = $1")))
        .bind(id.as_str())
        .fetch_one(c)
        .await)?;
    row.into_link()
}

/// A link that may still be used: right kind, not used, not revoked, not expired.
pub async fn find_usable(db: &mut impl Db, kind: LinkKind, token_hash: &str, now: i64) -> Result<Option<Link>> {
    let row: Option<Row> = run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{COLS} WHERE token_hash = $1 AND kind = $2 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $3"
    )))
    .bind(token_hash)
    .bind(kind.as_str())
    .bind(now)
    .fetch_optional(c)
    .await)?;
    row.map(Row::into_link).transpose()
}

/// Marks the link used. False if someone used it first (single use, across processes).
pub async fn consume(db: &mut impl Db, id: &LinkId, now: i64) -> Result<bool> {
    let d = exec!(db, |c| sqlx::query(
        "UPDATE links SET used_at = $1 WHERE id = $2 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $1"
    )
    .bind(now)
    .bind(id.as_str())
    .execute(c)
    .await)?;
    Ok(d == 1)
}

/// Invitations of an organisation that can still be accepted.
pub async fn pending_invitations(db: &mut impl Db, org: &OrgId, now: i64) -> Result<Vec<Link>> {
    let rows: Vec<Row> = run!(db, |c| {
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{COLS} WHERE org_id = $1 AND kind = 'invitation' AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2 \
         ORDER BY created_at DESC"
    )))
    .bind(org.as_str())
    .bind(now)
    .fetch_all(c)
    .await
    })?;
    rows.into_iter().map(Row::into_link).collect()
}

pub async fn get_invitation(db: &mut impl Db, org: &OrgId, id: &LinkId) -> Result<Option<Link>> {
    let row: Option<Row> = run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{COLS} WHERE id = $1 AND org_id = $2 AND kind = 'invitation'"
    )))
    .bind(id.as_str())
    .bind(org.as_str())
    .fetch_optional(c)
    .await)?;
    row.map(Row::into_link).transpose()
}

pub async fn revoke_invitation(db: &mut impl Db, org: &OrgId, id: &LinkId, now: i64) -> Result<bool> {
    let d = exec!(db, |c| {
        sqlx::query(
        "UPDATE links SET revoked_at = $1 WHERE id = $2 AND org_id = $3 AND kind = 'invitation' AND used_at IS NULL AND revoked_at IS NULL"
    )
    .bind(now)
    .bind(id.as_str())
    .bind(org.as_str())
    .execute(c)
    .await
    })?;
    Ok(d == 1)
}

/// Revokes every unused link of a kind for a user or address (e.g. older reset links).
pub async fn revoke_open(db: &mut impl Db, kind: LinkKind, email: &str, now: i64) -> Result<()> {
    exec!(db, |c| sqlx::query(
        "UPDATE links SET revoked_at = $1 WHERE kind = $2 AND email = $3 AND used_at IS NULL AND revoked_at IS NULL"
    )
    .bind(now)
    .bind(kind.as_str())
    .bind(email)
    .execute(c)
    .await)?;
    Ok(())
}
