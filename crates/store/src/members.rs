//! Who belongs to which organisation, with which role.

use weerbaar_core::org::{OrgKind, OrgProfile, Organisation};
use weerbaar_core::role::{Member, Membership, OrgRole};
use weerbaar_core::{OrgId, UserId, now_ms};

use crate::db::Db;
use crate::{Result, StoreError};

fn role(s: &str) -> Result<OrgRole> {
    OrgRole::parse(s).ok_or_else(|| StoreError::Corrupt(format!("role {s}")))
}

pub async fn list(db: &mut impl Db, org: &OrgId) -> Result<Vec<Member>> {
    let rows: Vec<(String, String, String, String, bool, bool, i64)> = run!(db, |c| sqlx::query_as(
        "SELECT u.id, u.email, u.name, m.role, u.disabled, (u.totp_secret IS NOT NULL) AS mfa, m.created_at \
         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 ORDER BY lower(u.name), u.email"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    rows.into_iter()
        .map(|(id, email, name, r, disabled, mfa_enabled, since)| {
            Ok(Member { user_id: UserId::from_db(id), email, name, role: role(&r)?, disabled, mfa_enabled, since })
        })
        .collect()
}

pub async fn role_of(db: &mut impl Db, org: &OrgId, user: &UserId) -> Result<Option<OrgRole>> {
    let r: Option<String> =
        run!(db, |c| sqlx::query_scalar("SELECT role FROM memberships WHERE org_id = $1 AND user_id = $2")
            .bind(org.as_str())
            .bind(user.as_str())
            .fetch_optional(c)
            .await)?;
    r.map(|s| role(&s)).transpose()
}

/// The organisations a person belongs to, by name.
pub async fn of_user(db: &mut impl Db, user: &UserId) -> Result<Vec<Membership>> {
    let rows: Vec<(String, String, String)> = run!(db, |c| sqlx::query_as(
        "SELECT o.id, o.name, m.role FROM memberships m JOIN organisations o ON o.id = m.org_id \
         WHERE m.user_id = $1 ORDER BY lower(o.name)"
    )
    .bind(user.as_str())
    .fetch_all(c)
    .await)?;
    rows.into_iter()
        .map(|(id, name, r)| {
            Ok(Membership { org_id: OrgId::from_db(id), org_name: name, user_id: user.clone(), role: role(&r)? })
        })
        .collect()
}

pub async fn add(db: &mut impl Db, org: &OrgId, user: &UserId, r: OrgRole) -> Result<()> {
    exec!(db, |c| sqlx::query("INSERT INTO memberships (org_id, user_id, role, created_at) VALUES ($1, $2, $3, $4)")
        .bind(org.as_str())
        .bind(user.as_str())
        .bind(r.as_str())
        .bind(now_ms())
        .execute(c)
        .await)
    .map_err(|e| StoreError::unique(e, "member"))?;
    Ok(())
}

/// Changes a member's role; returns the previous one.
pub async fn set_role(db: &mut impl Db, org: &OrgId, user: &UserId, r: OrgRole) -> Result<OrgRole> {
    let old = role_of(db, org, user).await?.ok_or(StoreError::NotFound)?;
    exec!(db, |c| sqlx::query("UPDATE memberships SET role = $1 WHERE org_id = $2 AND user_id = $3")
        .bind(r.as_str())
        .bind(org.as_str())
        .bind(user.as_str())
        .execute(c)
        .await)?;
    Ok(old)
}

pub async fn remove(db: &mut impl Db, org: &OrgId, user: &UserId) -> Result<OrgRole> {
    let old = role_of(db, org, user).await?.ok_or(StoreError::NotFound)?;
    exec!(db, |c| sqlx::query("DELETE FROM memberships WHERE org_id = $1 AND user_id = $2")
        .bind(org.as_str())
        .bind(user.as_str())
        .execute(c)
        .await)?;
    Ok(old)
}

pub async fn count_admins(db: &mut impl Db, org: &OrgId) -> Result<usize> {
    let n: i64 =
        run!(db, |c| sqlx::query_scalar("SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND role = 'admin'")
            .bind(org.as_str())
            .fetch_one(c)
            .await)?;
    Ok(usize::try_from(n).unwrap_or(0))
}

/// Does any organisation the user belongs to require a second factor?
pub async fn requires_mfa(db: &mut impl Db, user: &UserId) -> Result<bool> {
    let n: i64 = run!(db, |c| {
        sqlx::query_scalar(
        "SELECT COUNT(*) FROM memberships m JOIN organisations o ON o.id = m.org_id WHERE m.user_id = $1 AND o.require_mfa = TRUE"
    )
    .bind(user.as_str())
    .fetch_one(c)
    .await
    })?;
    Ok(n > 0)
}

/// A person's membership with the whole organisation, as loaded with the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgMembership {
    pub role: OrgRole,
    pub org: Organisation,
}

/// SQL that aggregates the memberships (with organisations) of the user aliased `u` into
/// one JSON text column, so a request needs no separate query for them.
macro_rules! memberships_json {
    (sqlite) => {
        "(SELECT json_group_array(json_object('id', o.id, 'name', o.name, 'kind', o.kind, 'nis_code', o.nis_code, \
         'brand_colour', o.brand_colour, 'require_mfa', o.require_mfa, 'has_logo', (o.logo IS NOT NULL), \
         'logo_version', o.logo_version, 'created_at', o.created_at, 'updated_at', o.updated_at, 'version', o.version, \
         'role', m.role)) FROM memberships m JOIN organisations o ON o.id = m.org_id WHERE m.user_id = u.id)"
    };
    (postgres) => {
        "(SELECT COALESCE(json_agg(json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'nis_code', o.nis_code, \
         'brand_colour', o.brand_colour, 'require_mfa', o.require_mfa, 'has_logo', (o.logo IS NOT NULL), \
         'logo_version', o.logo_version, 'created_at', o.created_at, 'updated_at', o.updated_at, 'version', o.version, \
         'role', m.role)), '[]'::json)::text FROM memberships m JOIN organisations o ON o.id = m.org_id WHERE m.user_id = u.id)"
    };
}
pub(crate) use memberships_json;

/// SQLite's JSON has 0/1 where PostgreSQL has false/true.
fn flexible_bool<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<bool, D::Error> {
    use serde::Deserialize;
    match serde_json::Value::deserialize(d)? {
        serde_json::Value::Bool(b) => Ok(b),
        serde_json::Value::Number(n) => Ok(n.as_i64().unwrap_or(0) != 0),
        _ => Ok(false),
    }
}

#[derive(serde::Deserialize)]
struct MembershipJson {
    id: String,
    name: String,
    kind: String,
    nis_code: Option<String>,
    brand_colour: Option<String>,
    #[serde(deserialize_with = "flexible_bool")]
    require_mfa: bool,
    #[serde(deserialize_with = "flexible_bool")]
    has_logo: bool,
    logo_version: i64,
    created_at: i64,
    updated_at: i64,
    version: i64,
    role: String,
}

/// Parses the aggregated column, sorted by organisation name.
pub(crate) fn parse_memberships(json: Option<&str>) -> Result<Vec<OrgMembership>> {
    let Some(json) = json else { return Ok(vec![]) };
    let rows: Vec<MembershipJson> =
        serde_json::from_str(json).map_err(|e| StoreError::Corrupt(format!("memberships: {e}")))?;
    let mut out = rows
        .into_iter()
        .map(|r| {
            let kind =
                OrgKind::parse(&r.kind).ok_or_else(|| StoreError::Corrupt(format!("organisation kind {}", r.kind)))?;
            Ok(OrgMembership {
                role: role(&r.role)?,
                org: Organisation {
                    id: OrgId::from_db(r.id),
                    profile: OrgProfile {
                        name: r.name,
                        kind,
                        nis_code: r.nis_code,
                        brand_colour: r.brand_colour,
                        require_mfa: r.require_mfa,
                    },
                    has_logo: r.has_logo,
                    logo_version: r.logo_version,
                    created_at: r.created_at,
                    updated_at: r.updated_at,
                    version: r.version,
                },
            })
        })
        .collect::<Result<Vec<_>>>()?;
    out.sort_by_key(|m| m.org.profile.name.to_lowercase());
    Ok(out)
}
