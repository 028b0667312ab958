//! Personal API tokens. The token is shown once; only its hash is stored.

use weerbaar_core::account::User;
use weerbaar_core::token::Scope;
use weerbaar_core::{ApiTokenId, UserId};

use crate::Result;
use crate::db::Db;
use crate::members::{OrgMembership, memberships_json, parse_memberships};
use crate::users::{UserRow, user_cols};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub id: ApiTokenId,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub expires_at: Option<i64>,
    pub revoked_at: Option<i64>,
    pub scope: Scope,
}

type Row = (String, String, i64, Option<i64>, Option<i64>, Option<i64>, String);

fn scope_of(s: &str) -> Result<Scope> {
    Scope::parse(s).ok_or_else(|| crate::StoreError::Corrupt(format!("token scope {s}")))
}

fn from_row((id, name, created_at, last_used_at, expires_at, revoked_at, scope): Row) -> Result<ApiToken> {
    Ok(ApiToken {
        id: ApiTokenId::from_db(id),
        name,
        created_at,
        last_used_at,
        expires_at,
        revoked_at,
        scope: scope_of(&scope)?,
    })
}

pub async fn create(
    db: &mut impl Db,
    user: &UserId,
    name: &str,
    token_hash: &str,
    now: i64,
    expires_at: Option<i64>,
    scope: Scope,
) -> Result<ApiToken> {
    let id = ApiTokenId::new();
    exec!(db, |c| {
        sqlx::query(
        "INSERT INTO api_tokens (id, user_id, name, token_hash, created_at, expires_at, scope) VALUES ($1, $2, $3, $4, $5, $6, $7)"
    )
    .bind(id.as_str())
    .bind(user.as_str())
    .bind(name)
    .bind(token_hash)
    .bind(now)
    .bind(expires_at)
    .bind(scope.as_str())
    .execute(c)
    .await
    })?;
    Ok(ApiToken {
        id,
        name: name.to_string(),
        created_at: now,
        last_used_at: None,
        expires_at,
        revoked_at: None,
        scope,
    })
}

pub async fn list(db: &mut impl Db, user: &UserId) -> Result<Vec<ApiToken>> {
    let rows: Vec<Row> = run!(db, |c| {
        sqlx::query_as(
        "SELECT id, name, created_at, last_used_at, expires_at, revoked_at, scope FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC"
    )
    .bind(user.as_str())
    .fetch_all(c)
    .await
    })?;
    rows.into_iter().map(from_row).collect()
}

/// Revokes every live token of the user (a new password, sign-out everywhere); the count.
pub async fn revoke_all(db: &mut impl Db, user: &UserId, now: i64) -> Result<u64> {
    Ok(exec!(db, |c| sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
        .bind(now)
        .bind(user.as_str())
        .execute(c)
        .await)?)
}

/// Revokes one of the user's own tokens; false if it is not theirs or already revoked.
pub async fn revoke(db: &mut impl Db, user: &UserId, id: &ApiTokenId, now: i64) -> Result<bool> {
    let d = exec!(db, |c| sqlx::query(
        "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL"
    )
    .bind(now)
    .bind(id.as_str())
    .bind(user.as_str())
    .execute(c)
    .await)?;
    Ok(d == 1)
}

macro_rules! token_sql {
    ($dialect:tt) => {
        concat!(
            "SELECT ",
            user_cols!("u"),
            ", t.id AS t_id, t.last_used_at AS t_last_used_at, t.scope AS t_scope, ",
            memberships_json!($dialect),
            " AS t_orgs FROM api_tokens t JOIN users u ON u.id = t.user_id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2)"
        )
    };
}

/// A live token: its id, when it was last used, its user and the user's organisations.
pub struct TokenAuth {
    pub id: ApiTokenId,
    pub last_used_at: Option<i64>,
    pub scope: Scope,
    pub user: User,
    pub orgs: Vec<OrgMembership>,
}

/// The user behind a live token.
pub async fn authenticate(db: &mut impl Db, token_hash: &str, now: i64) -> Result<Option<TokenAuth>> {
    #[derive(sqlx::FromRow)]
    struct TokenRow {
        #[sqlx(flatten)]
        user: UserRow,
        t_id: String,
        t_last_used_at: Option<i64>,
        t_scope: String,
        t_orgs: Option<String>,
    }
    let row: Option<TokenRow> = run_dialect!(db, sqlite: token_sql!(sqlite), postgres: token_sql!(postgres), |sql, c| {
        sqlx::query_as(sql).bind(token_hash).bind(now).fetch_optional(c).await
    })?;
    row.map(|r| {
        Ok(TokenAuth {
            id: ApiTokenId::from_db(r.t_id),
            last_used_at: r.t_last_used_at,
            scope: scope_of(&r.t_scope)?,
            orgs: parse_memberships(r.t_orgs.as_deref())?,
            user: r.user.into(),
        })
    })
    .transpose()
}

pub async fn touch(db: &mut impl Db, id: &ApiTokenId, now: i64) -> Result<()> {
    exec!(db, |c| sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
        .bind(now)
        .bind(id.as_str())
        .execute(c)
        .await)?;
    Ok(())
}
