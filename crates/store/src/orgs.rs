//! Organisations (tenants).

use weerbaar_core::org::{OrgKind, OrgProfile, Organisation};
use weerbaar_core::{OrgId, now_ms};

use crate::db::Db;
use crate::{Result, StoreError};

#[derive(sqlx::FromRow)]
struct OrgRow {
    id: String,
    name: String,
    kind: String,
    nis_code: Option<String>,
    brand_colour: Option<String>,
    require_mfa: bool,
    has_logo: bool,
    logo_version: i64,
    created_at: i64,
    updated_at: i64,
    version: i64,
}

impl OrgRow {
    fn into_org(self) -> Result<Organisation> {
        let kind = OrgKind::parse(&self.kind)
            .ok_or_else(|| StoreError::Corrupt(format!("organisation kind {}", self.kind)))?;
        Ok(Organisation {
            id: OrgId::from_db(self.id),
            profile: OrgProfile {
                name: self.name,
                kind,
                nis_code: self.nis_code,
                brand_colour: self.brand_colour,
                require_mfa: self.require_mfa,
            },
            has_logo: self.has_logo,
            logo_version: self.logo_version,
            created_at: self.created_at,
            updated_at: self.updated_at,
            version: self.version,
        })
    }
}

macro_rules! select_org {
    ($rest:literal) => {
        concat!(
            "SELECT id, name, kind, nis_code, brand_colour, require_mfa, (logo IS NOT NULL) AS has_logo, logo_version, \
             created_at, updated_at, version FROM organisations ",
            $rest
        )
    };
}

pub async fn create(db: &mut impl Db, profile: &OrgProfile) -> Result<Organisation> {
    let id = OrgId::new();
    let now = now_ms();
    exec!(db, |c| sqlx::query(
        "INSERT INTO organisations (id, name, kind, nis_code, brand_colour, require_mfa, created_at, updated_at, version) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7, 1)"
    )
    .bind(id.as_str())
    .bind(&profile.name)
    .bind(profile.kind.as_str())
    .bind(&profile.nis_code)
    .bind(&profile.brand_colour)
    .bind(profile.require_mfa)
    .bind(now)
    .execute(c)
    .await)
    .map_err(|e| StoreError::unique(e, "name"))?;
    get(db, &id).await?.ok_or(StoreError::NotFound)
}

pub async fn get(db: &mut impl Db, id: &OrgId) -> Result<Option<Organisation>> {
    let row: Option<OrgRow> =
        run!(db, |c| sqlx::query_as(select_org!("WHERE id = $1")).bind(id.as_str()).fetch_optional(c).await)?;
    row.map(OrgRow::into_org).transpose()
}

pub async fn find_by_name(db: &mut impl Db, name: &str) -> Result<Option<Organisation>> {
    let row: Option<OrgRow> = run!(db, |c| sqlx::query_as(select_org!("WHERE lower(name) = lower($1)"))
        .bind(name.trim())
        .fetch_optional(c)
        .await)?;
    row.map(OrgRow::into_org).transpose()
}

pub async fn list_all(db: &mut impl Db) -> Result<Vec<Organisation>> {
    let rows: Vec<OrgRow> = run!(db, |c| sqlx::query_as(select_org!("ORDER BY lower(name)")).fetch_all(c).await)?;
    rows.into_iter().map(OrgRow::into_org).collect()
}

/// Saves a new profile if nobody saved since `expected_version`; otherwise `Conflict`.
pub async fn update_profile(
    db: &mut impl Db,
    id: &OrgId,
    expected_version: i64,
    p: &OrgProfile,
) -> Result<Organisation> {
    let done = exec!(db, |c| sqlx::query(
        "UPDATE organisations SET name = $1, kind = $2, nis_code = $3, brand_colour = $4, require_mfa = $5, \
         updated_at = $6, version = version + 1 WHERE id = $7 AND version = $8"
    )
    .bind(&p.name)
    .bind(p.kind.as_str())
    .bind(&p.nis_code)
    .bind(&p.brand_colour)
    .bind(p.require_mfa)
    .bind(now_ms())
    .bind(id.as_str())
    .bind(expected_version)
    .execute(c)
    .await)
    .map_err(|e| StoreError::unique(e, "name"))?;
    if done == 0 {
        return match get(db, id).await? {
            Some(_) => Err(StoreError::Conflict),
            None => Err(StoreError::NotFound),
        };
    }
    get(db, id).await?.ok_or(StoreError::NotFound)
}

/// Replaces (or with None removes) the logo.
pub async fn set_logo(db: &mut impl Db, id: &OrgId, logo: Option<(&[u8], &str)>) -> Result<()> {
    let (bytes, kind) = match logo {
        Some((b, k)) => (Some(b.to_vec()), Some(k.to_string())),
        None => (None, None),
    };
    let done = exec!(db, |c| sqlx::query(
        "UPDATE organisations SET logo = $1, logo_type = $2, logo_version = logo_version + 1, updated_at = $3, \
         version = version + 1 WHERE id = $4"
    )
    .bind(bytes)
    .bind(kind)
    .bind(now_ms())
    .bind(id.as_str())
    .execute(c)
    .await)?;
    if done == 0 { Err(StoreError::NotFound) } else { Ok(()) }
}

pub async fn logo(db: &mut impl Db, id: &OrgId) -> Result<Option<(Vec<u8>, String)>> {
    let row: Option<(Option<Vec<u8>>, Option<String>)> =
        run!(db, |c| sqlx::query_as("SELECT logo, logo_type FROM organisations WHERE id = $1")
            .bind(id.as_str())
            .fetch_optional(c)
            .await)?;
    Ok(match row {
        Some((Some(b), Some(t))) => Some((b, t)),
        _ => None,
    })
}
