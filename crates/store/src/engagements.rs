//! Engagements, their signed authorisation and their guest testers.

use weerbaar_core::engagement::{Authorisation, Details, Engagement, Kind, Status};
use weerbaar_core::id::new_row_id;
use weerbaar_core::{OrgId, UserId, now_ms};

use crate::db::Db;
use crate::json::parse;
use crate::{Result, StoreError};

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    title: String,
    kind: String,
    status: String,
    details: String,
    auth_signer: Option<String>,
    auth_signed_on: Option<String>,
    auth_file_name: Option<String>,
    created_at: i64,
    version: i64,
}

const COLS: &str = "SELECT id, title, kind, status, details, auth_signer, auth_signed_on, auth_file_name, created_at, version \
                    FROM engagements ";

impl Row {
    fn into_engagement(self) -> Result<Engagement> {
        let bad = |w: &str, v: &str| StoreError::Corrupt(format!("engagement {w} {v}"));
        let authorisation = match (self.auth_signer, self.auth_signed_on, self.auth_file_name) {
            (Some(signer), Some(on), Some(file_name)) => Some(Authorisation {
                signer,
                signed_on: on.parse().map_err(|_| bad("signed_on", &on))?,
                file_id: self.id.clone(),
                file_name,
            }),
            _ => None,
        };
        Ok(Engagement {
            kind: Kind::parse(&self.kind).ok_or_else(|| bad("kind", &self.kind))?,
            status: Status::parse(&self.status).ok_or_else(|| bad("status", &self.status))?,
            details: parse::<Details>("details", &self.details)?,
            id: self.id,
            title: self.title,
            authorisation,
            created_at: self.created_at,
            version: self.version,
        })
    }
}

pub async fn list(db: &mut impl Db, org: &OrgId) -> Result<Vec<Engagement>> {
    let rows: Vec<Row> = run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{COLS} WHERE org_id = $1 ORDER BY created_at DESC, id"
    )))
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    rows.into_iter().map(Row::into_engagement).collect()
}

pub async fn get(db: &mut impl Db, org: &OrgId, id: &str) -> Result<Option<Engagement>> {
    let row: Option<Row> =
        run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!("{COLS} WHERE org_id = $1 AND id = $2")))
            .bind(org.as_str())
            .bind(id)
            .fetch_optional(c)
            .await)?;
    row.map(Row::into_engagement).transpose()
}

/// The organisation an engagement belongs to (for routes that name only the engagement).
pub async fn org_of(db: &mut impl Db, id: &str) -> Result<Option<OrgId>> {
    let v: Option<String> = run!(db, |c| sqlx::query_scalar("SELECT org_id FROM engagements WHERE id = $1")
        .bind(id)
        .fetch_optional(c)
        .await)?;
    Ok(v.map(OrgId::from_db))
}

pub async fn create(db: &mut impl Db, org: &OrgId, title: &str, kind: Kind, details: &Details) -> Result<Engagement> {
    let id = new_row_id();
    let now = now_ms();
    exec!(db, |c| sqlx::query(
        "INSERT INTO engagements (id, org_id, title, kind, status, details, created_at, updated_at, version) \
         VALUES ($1, $2, $3, $4, 'planned', $5, $6, $6, 1)"
    )
    .bind(&id)
    .bind(org.as_str())
    .bind(title)
    .bind(kind.as_str())
    .bind(crate::json::text(details)?)
    .bind(now)
    .execute(c)
    .await)?;
    get(db, org, &id).await?.ok_or(StoreError::NotFound)
}

async fn settle(db: &mut impl Db, org: &OrgId, id: &str, n: u64) -> Result<()> {
    if n == 1 {
        return Ok(());
    }
    if get(db, org, id).await?.is_some() { Err(StoreError::Conflict) } else { Err(StoreError::NotFound) }
}

/// Saves title, kind and details if `version` is still the stored one.
pub async fn update(
    db: &mut impl Db,
    org: &OrgId,
    id: &str,
    version: i64,
    title: &str,
    kind: Kind,
    d: &Details,
) -> Result<()> {
    let n = exec!(db, |c| sqlx::query(
        "UPDATE engagements SET title = $1, kind = $2, details = $3, updated_at = $4, version = version + 1 \
         WHERE org_id = $5 AND id = $6 AND version = $7"
    )
    .bind(title)
    .bind(kind.as_str())
    .bind(crate::json::text(d)?)
    .bind(now_ms())
    .bind(org.as_str())
    .bind(id)
    .bind(version)
    .execute(c)
    .await)?;
    settle(db, org, id, n).await
}

pub async fn set_status(db: &mut impl Db, org: &OrgId, id: &str, version: i64, to: Status) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE engagements SET status = $1, updated_at = $2, version = version + 1 WHERE org_id = $3 AND id = $4 AND version = $5"
    )
    .bind(to.as_str())
    .bind(now_ms())
    .bind(org.as_str())
    .bind(id)
    .bind(version)
    .execute(c)
    .await
    })?;
    settle(db, org, id, n).await
}

/// Keeps the signed letter; a planned engagement becomes authorised with it.
#[allow(clippy::too_many_arguments)]
pub async fn record_authorisation(
    db: &mut impl Db,
    org: &OrgId,
    id: &str,
    signer: &str,
    signed_on: jiff::civil::Date,
    file_name: &str,
    file_type: &str,
    file: &[u8],
) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE engagements SET auth_signer = $1, auth_signed_on = $2, auth_file_name = $3, auth_file_type = $4, auth_file = $5, \
         status = CASE WHEN status = 'planned' THEN 'authorised' ELSE status END, updated_at = $6, version = version + 1 \
         WHERE org_id = $7 AND id = $8"
    )
    .bind(signer)
    .bind(signed_on.to_string())
    .bind(file_name)
    .bind(file_type)
    .bind(file)
    .bind(now_ms())
    .bind(org.as_str())
    .bind(id)
    .execute(c)
    .await
    })?;
    if n == 1 { Ok(()) } else { Err(StoreError::NotFound) }
}

/// The signed letter: (file name, content type, bytes).
pub async fn authorisation_file(db: &mut impl Db, org: &OrgId, id: &str) -> Result<Option<(String, String, Vec<u8>)>> {
    #[derive(sqlx::FromRow)]
    struct F {
        auth_file_name: Option<String>,
        auth_file_type: Option<String>,
        auth_file: Option<Vec<u8>>,
    }
    let f: Option<F> = run!(db, |c| sqlx::query_as(
        "SELECT auth_file_name, auth_file_type, auth_file FROM engagements WHERE org_id = $1 AND id = $2"
    )
    .bind(org.as_str())
    .bind(id)
    .fetch_optional(c)
    .await)?;
    Ok(f.and_then(|f| Some((f.auth_file_name?, f.auth_file_type?, f.auth_file?))))
}

pub async fn delete(db: &mut impl Db, org: &OrgId, id: &str) -> Result<()> {
    let n = exec!(db, |c| sqlx::query("DELETE FROM engagements WHERE org_id = $1 AND id = $2")
        .bind(org.as_str())
        .bind(id)
        .execute(c)
        .await)?;
    if n == 1 { Ok(()) } else { Err(StoreError::NotFound) }
}

/// A guest tester of an engagement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guest {
    pub user_id: UserId,
    pub email: String,
    pub name: String,
}

pub async fn add_guest(db: &mut impl Db, org: &OrgId, engagement: &str, user: &UserId) -> Result<()> {
    exec!(db, |c| sqlx::query(
        "INSERT INTO engagement_guests (engagement_id, org_id, user_id, added_at) VALUES ($1, $2, $3, $4)"
    )
    .bind(engagement)
    .bind(org.as_str())
    .bind(user.as_str())
    .bind(now_ms())
    .execute(c)
    .await)
    .map_err(|e| StoreError::unique(e, "guest"))?;
    Ok(())
}

pub async fn remove_guest(db: &mut impl Db, org: &OrgId, engagement: &str, user: &UserId) -> Result<()> {
    let n = exec!(db, |c| sqlx::query(
        "DELETE FROM engagement_guests WHERE org_id = $1 AND engagement_id = $2 AND user_id = $3"
    )
    .bind(org.as_str())
    .bind(engagement)
    .bind(user.as_str())
    .execute(c)
    .await)?;
    if n == 1 { Ok(()) } else { Err(StoreError::NotFound) }
}

pub async fn guests(db: &mut impl Db, org: &OrgId, engagement: &str) -> Result<Vec<Guest>> {
    let rows: Vec<(String, String, String)> = run!(db, |c| sqlx::query_as(
        "SELECT u.id, u.email, u.name FROM engagement_guests g JOIN users u ON u.id = g.user_id \
         WHERE g.org_id = $1 AND g.engagement_id = $2 ORDER BY u.email"
    )
    .bind(org.as_str())
    .bind(engagement)
    .fetch_all(c)
    .await)?;
    Ok(rows.into_iter().map(|(id, email, name)| Guest { user_id: UserId::from_db(id), email, name }).collect())
}

/// Whether `user` is a guest of `engagement`; the engagement's organisation if so.
pub async fn guest_of(db: &mut impl Db, user: &UserId, engagement: &str) -> Result<Option<OrgId>> {
    let v: Option<String> = run!(db, |c| sqlx::query_scalar(
        "SELECT org_id FROM engagement_guests WHERE user_id = $1 AND engagement_id = $2"
    )
    .bind(user.as_str())
    .bind(engagement)
    .fetch_optional(c)
    .await)?;
    Ok(v.map(OrgId::from_db))
}

/// The engagements a person is a guest of: (engagement id, title, organisation id, organisation name).
pub async fn guest_engagements(db: &mut impl Db, user: &UserId) -> Result<Vec<(String, String, OrgId, String)>> {
    let rows: Vec<(String, String, String, String)> = run!(db, |c| sqlx::query_as(
        "SELECT e.id, e.title, o.id, o.name FROM engagement_guests g JOIN engagements e ON e.id = g.engagement_id \
         JOIN organisations o ON o.id = g.org_id WHERE g.user_id = $1 ORDER BY e.created_at DESC"
    )
    .bind(user.as_str())
    .fetch_all(c)
    .await)?;
    Ok(rows.into_iter().map(|(e, t, o, n)| (e, t, OrgId::from_db(o), n)).collect())
}
