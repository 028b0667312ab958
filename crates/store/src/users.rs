//! Accounts, their credentials and second factor.

use weerbaar_core::account::User;
use weerbaar_core::role::PlatformRoles;
use weerbaar_core::{UserId, now_ms};

use crate::db::Db;
use crate::{Result, StoreError};

#[derive(sqlx::FromRow)]
pub(crate) struct UserRow {
    id: String,
    email: String,
    name: String,
    locale: Option<String>,
    is_platform_admin: bool,
    is_taskforce: bool,
    is_reviewer: bool,
    disabled: bool,
    mfa_enabled: bool,
    has_password: bool,
    created_at: i64,
}

impl From<UserRow> for User {
    fn from(r: UserRow) -> User {
        User {
            id: UserId::from_db(r.id),
            email: r.email,
            name: r.name,
            locale: r.locale,
            platform: PlatformRoles { admin: r.is_platform_admin, taskforce: r.is_taskforce, reviewer: r.is_reviewer },
            disabled: r.disabled,
            mfa_enabled: r.mfa_enabled,
            has_password: r.has_password,
            created_at: r.created_at,
        }
    }
}

/// The user columns, for queries that join users (sessions, tokens) too.
macro_rules! user_cols {
    ($p:literal) => {
        concat!(
            $p,
            ".id, ",
            $p,
            ".email, ",
            $p,
            ".name, ",
            $p,
            ".locale, ",
            $p,
            ".is_platform_admin, ",
            $p,
            ".is_taskforce, ",
            $p,
            ".is_reviewer, ",
            $p,
            ".disabled, (",
            $p,
            ".totp_secret IS NOT NULL) AS mfa_enabled, (",
            $p,
            ".password_hash IS NOT NULL) AS has_password, ",
            $p,
            ".created_at"
        )
    };
}
pub(crate) use user_cols;

#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    pub password_hash: Option<String>,
    pub locale: Option<String>,
    pub platform: PlatformRoles,
}

pub async fn create(db: &mut impl Db, u: &NewUser) -> Result<User> {
    let id = UserId::new();
    let now = now_ms();
    exec!(db, |c| sqlx::query(
        "INSERT INTO users (id, email, name, password_hash, locale, is_platform_admin, is_taskforce, is_reviewer, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)"
    )
    .bind(id.as_str())
    .bind(&u.email)
    .bind(&u.name)
    .bind(&u.password_hash)
    .bind(&u.locale)
    .bind(u.platform.admin)
    .bind(u.platform.taskforce)
    .bind(u.platform.reviewer)
    .bind(now)
    .execute(c)
    .await)
    .map_err(|e| StoreError::unique(e, "email"))?;
    get(db, &id).await?.ok_or(StoreError::NotFound)
}

pub async fn get(db: &mut impl Db, id: &UserId) -> Result<Option<User>> {
    let row: Option<UserRow> =
        run!(db, |c| sqlx::query_as(concat!("SELECT ", user_cols!("u"), " FROM users u WHERE u.id = $1"))
            .bind(id.as_str())
            .fetch_optional(c)
            .await)?;
    Ok(row.map(User::from))
}

pub async fn by_email(db: &mut impl Db, email: &str) -> Result<Option<User>> {
    let row: Option<UserRow> =
        run!(db, |c| sqlx::query_as(concat!("SELECT ", user_cols!("u"), " FROM users u WHERE u.email = $1"))
            .bind(email)
            .fetch_optional(c)
            .await)?;
    Ok(row.map(User::from))
}

pub async fn list(db: &mut impl Db) -> Result<Vec<User>> {
    let rows: Vec<UserRow> =
        run!(db, |c| sqlx::query_as(concat!("SELECT ", user_cols!("u"), " FROM users u ORDER BY u.email"))
            .fetch_all(c)
            .await)?;
    Ok(rows.into_iter().map(User::from).collect())
}

pub async fn count(db: &mut impl Db) -> Result<i64> {
    Ok(run!(db, |c| sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(c).await)?)
}

/// What sign-in needs: the stored password hash and second-factor state.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub user: User,
    pub password_hash: Option<String>,
    pub totp_secret: Option<Vec<u8>>,
}

pub async fn credentials(db: &mut impl Db, email: &str) -> Result<Option<Credentials>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        user: UserRow,
        password_hash: Option<String>,
        totp_secret: Option<String>,
    }
    let row: Option<Row> = run!(db, |c| sqlx::query_as(concat!(
        "SELECT ",
        user_cols!("u"),
        ", u.password_hash, u.totp_secret FROM users u WHERE u.email = $1"
    ))
    .bind(email)
    .fetch_optional(c)
    .await)?;
    row.map(|r| {
        let totp_secret =
            r.totp_secret.map(|s| hex::decode(s).map_err(|_| StoreError::Corrupt("totp secret".into()))).transpose()?;
        Ok(Credentials { user: r.user.into(), password_hash: r.password_hash, totp_secret })
    })
    .transpose()
}

pub async fn password_hash(db: &mut impl Db, id: &UserId) -> Result<Option<String>> {
    let v: Option<Option<String>> = run!(db, |c| sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1")
        .bind(id.as_str())
        .fetch_optional(c)
        .await)?;
    Ok(v.flatten())
}

/// An update of one user: zero rows means the user does not exist.
fn one(r: sqlx::Result<u64>) -> Result<()> {
    match r? {
        0 => Err(StoreError::NotFound),
        _ => Ok(()),
    }
}

pub async fn set_password(db: &mut impl Db, id: &UserId, hash: &str) -> Result<()> {
    let r = exec!(db, |c| sqlx::query(
        "UPDATE users SET password_hash = $1, updated_at = $2, version = version + 1 WHERE id = $3"
    )
    .bind(hash)
    .bind(now_ms())
    .bind(id.as_str())
    .execute(c)
    .await);
    one(r)
}

pub async fn set_name(db: &mut impl Db, id: &UserId, name: &str) -> Result<()> {
    let r =
        exec!(db, |c| sqlx::query("UPDATE users SET name = $1, updated_at = $2, version = version + 1 WHERE id = $3")
            .bind(name)
            .bind(now_ms())
            .bind(id.as_str())
            .execute(c)
            .await);
    one(r)
}

pub async fn set_locale(db: &mut impl Db, id: &UserId, locale: &str) -> Result<()> {
    let r = exec!(db, |c| sqlx::query("UPDATE users SET locale = $1 WHERE id = $2")
        .bind(locale)
        .bind(id.as_str())
        .execute(c)
        .await);
    one(r)
}

pub async fn set_disabled(db: &mut impl Db, id: &UserId, disabled: bool) -> Result<()> {
    let r = exec!(db, |c| sqlx::query(
        "UPDATE users SET disabled = $1, updated_at = $2, version = version + 1 WHERE id = $3"
    )
    .bind(disabled)
    .bind(now_ms())
    .bind(id.as_str())
    .execute(c)
    .await);
    one(r)
}

pub async fn set_platform_roles(db: &mut impl Db, id: &UserId, roles: PlatformRoles) -> Result<()> {
    let r = exec!(db, |c| {
        sqlx::query(
        "UPDATE users SET is_platform_admin = $1, is_taskforce = $2, is_reviewer = $3, updated_at = $4, version = version + 1 WHERE id = $5"
    )
    .bind(roles.admin)
    .bind(roles.taskforce)
    .bind(roles.reviewer)
    .bind(now_ms())
    .bind(id.as_str())
    .execute(c)
    .await
    });
    one(r)
}

// --- second factor -------------------------------------------------------------------

/// Second-factor state: the active secret, one being set up, the last accepted step.
#[derive(Debug, Clone, Default)]
pub struct TotpState {
    pub secret: Option<Vec<u8>>,
    pub pending: Option<Vec<u8>>,
    pub last_step: Option<i64>,
}

pub async fn totp_state(db: &mut impl Db, id: &UserId) -> Result<TotpState> {
    let row: Option<(Option<String>, Option<String>, Option<i64>)> = run!(db, |c| sqlx::query_as(
        "SELECT totp_secret, totp_pending_secret, totp_last_step FROM users WHERE id = $1"
    )
    .bind(id.as_str())
    .fetch_optional(c)
    .await)?;
    let (s, p, l) = row.ok_or(StoreError::NotFound)?;
    let dec = |v: Option<String>| {
        v.map(|s| hex::decode(s).map_err(|_| StoreError::Corrupt("totp secret".into()))).transpose()
    };
    Ok(TotpState { secret: dec(s)?, pending: dec(p)?, last_step: l })
}

pub async fn set_pending_totp(db: &mut impl Db, id: &UserId, secret: &[u8]) -> Result<()> {
    let r = exec!(db, |c| sqlx::query("UPDATE users SET totp_pending_secret = $1 WHERE id = $2")
        .bind(hex::encode(secret))
        .bind(id.as_str())
        .execute(c)
        .await);
    one(r)
}

/// Activates the pending secret; `step` is the step of the code that proved it.
pub async fn enable_totp(db: &mut impl Db, id: &UserId, step: i64) -> Result<()> {
    let r = exec!(db, |c| sqlx::query(
        "UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_last_step = $1, \
         updated_at = $2, version = version + 1 WHERE id = $3 AND totp_pending_secret IS NOT NULL"
    )
    .bind(step)
    .bind(now_ms())
    .bind(id.as_str())
    .execute(c)
    .await);
    one(r)
}

pub async fn disable_totp(db: &mut impl Db, id: &UserId) -> Result<()> {
    let r = exec!(db, |c| sqlx::query(
        "UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_last_step = NULL, updated_at = $1, \
         version = version + 1 WHERE id = $2"
    )
    .bind(now_ms())
    .bind(id.as_str())
    .execute(c)
    .await);
    one(r)?;
    exec!(db, |c| sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(id.as_str()).execute(c).await)?;
    Ok(())
}

/// Records that a code of `step` was used. False if that step (or a later one) was
/// already used: the atomic check that stops a replayed code, across server processes.
pub async fn claim_totp_step(db: &mut impl Db, id: &UserId, step: i64) -> Result<bool> {
    let d = exec!(db, |c| sqlx::query(
        "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)"
    )
    .bind(step)
    .bind(id.as_str())
    .execute(c)
    .await)?;
    Ok(d == 1)
}

pub async fn replace_recovery_codes(db: &mut impl Db, id: &UserId, hashes: &[String]) -> Result<()> {
    exec!(db, |c| sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(id.as_str()).execute(c).await)?;
    for h in hashes {
        exec!(db, |c| sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
            .bind(id.as_str())
            .bind(h)
            .execute(c)
            .await)?;
    }
    Ok(())
}

/// Uses up a recovery code; false if unknown or already used.
pub async fn use_recovery_code(db: &mut impl Db, id: &UserId, hash: &str) -> Result<bool> {
    let d = exec!(db, |c| sqlx::query(
        "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL"
    )
    .bind(now_ms())
    .bind(id.as_str())
    .bind(hash)
    .execute(c)
    .await)?;
    Ok(d == 1)
}

pub async fn recovery_codes_left(db: &mut impl Db, id: &UserId) -> Result<i64> {
    Ok(run!(db, |c| sqlx::query_scalar("SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL")
        .bind(id.as_str())
        .fetch_one(c)
        .await)?)
}
