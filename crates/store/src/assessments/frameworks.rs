//! The framework library: one row per framework (by URN), its body as JSON. A re-import
//! of the same URN replaces the body and raises the revision.

use weerbaar_core::assessment::{Format, Framework};
use weerbaar_core::id::new_row_id;
use weerbaar_core::now_ms;

use crate::db::Db;
use crate::json::{parse, text};
use crate::{Result, StoreError};

/// A framework as lists show it, without its body.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct Summary {
    pub id: String,
    pub urn: String,
    pub ref_id: String,
    pub name: String,
    pub version: String,
    pub format: String,
    pub requirements: i64,
    pub assessable: i64,
    #[serde(skip)]
    pub levels: String,
    pub copyright: String,
    pub shipped: bool,
    pub revision: i64,
    pub updated_at: i64,
}

impl Summary {
    pub fn level_ids(&self) -> Vec<String> {
        serde_json::from_str(&self.levels).unwrap_or_default()
    }
}

const COLS: &str = "SELECT id, urn, ref_id, name, version, format, requirements, assessable, levels, copyright, shipped, \
                    revision, updated_at FROM frameworks ";

pub async fn list(db: &mut impl Db) -> Result<Vec<Summary>> {
    Ok(run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!("{COLS} ORDER BY shipped DESC, name, id")))
        .fetch_all(c)
        .await)?)
}

pub async fn get(db: &mut impl Db, id: &str) -> Result<Option<Summary>> {
    Ok(run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!("{COLS} WHERE id = $1")))
        .bind(id)
        .fetch_optional(c)
        .await)?)
}

pub async fn by_urn(db: &mut impl Db, urn: &str) -> Result<Option<Summary>> {
    Ok(run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!("{COLS} WHERE urn = $1")))
        .bind(urn)
        .fetch_optional(c)
        .await)?)
}

/// The framework itself.
pub async fn body(db: &mut impl Db, id: &str) -> Result<Option<Framework>> {
    let t: Option<String> =
        run!(db, |c| sqlx::query_scalar("SELECT body FROM frameworks WHERE id = $1").bind(id).fetch_optional(c).await)?;
    t.map(|t| parse("framework body", &t)).transpose()
}

/// Stores a framework: a new row, or the new version of the one with its URN. Returns
/// the id and the framework it replaced.
pub async fn save(
    db: &mut impl Db,
    f: &Framework,
    format: Format,
    shipped: bool,
    actor: &str,
) -> Result<(String, Option<Framework>)> {
    let levels = text(&f.levels.iter().map(|l| l.id.clone()).collect::<Vec<_>>())?;
    let name = f.name.get("nl").to_string();
    let now = now_ms();
    let old = match by_urn(db, &f.urn).await? {
        Some(s) => Some(body(db, &s.id).await?.ok_or(StoreError::NotFound)?),
        None => None,
    };
    // One statement for both: a new framework, or the new version of a known one.
    exec!(db, |c| sqlx::query(
        "INSERT INTO frameworks (id, urn, ref_id, name, version, format, body, requirements, assessable, levels, \
         copyright, shipped, imported_by, created_at, updated_at, revision) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, 1) \
         ON CONFLICT (urn) DO UPDATE SET ref_id = excluded.ref_id, name = excluded.name, version = excluded.version, \
         format = excluded.format, body = excluded.body, requirements = excluded.requirements, \
         assessable = excluded.assessable, levels = excluded.levels, copyright = excluded.copyright, \
         shipped = excluded.shipped, imported_by = excluded.imported_by, updated_at = excluded.updated_at, \
         revision = frameworks.revision + 1"
    )
    .bind(new_row_id())
    .bind(&f.urn)
    .bind(&f.ref_id)
    .bind(&name)
    .bind(&f.version)
    .bind(format.as_str())
    .bind(text(f)?)
    .bind(f.nodes.len() as i64)
    .bind(f.assessable() as i64)
    .bind(&levels)
    .bind(&f.copyright)
    .bind(shipped)
    .bind(actor)
    .bind(now)
    .execute(c)
    .await)?;
    let id = by_urn(db, &f.urn).await?.ok_or(StoreError::NotFound)?.id;
    Ok((id, old))
}

/// Every answered requirement of every assessment of a framework: what a new version
/// must keep or list.
pub async fn answered(db: &mut impl Db, framework_id: &str) -> Result<Vec<(String, String)>> {
    Ok(run!(db, |c| sqlx::query_as(
        "SELECT a.assessment_id, a.requirement FROM assessment_answers a JOIN assessments s ON s.id = a.assessment_id \
         WHERE s.framework_id = $1 ORDER BY a.assessment_id, a.requirement"
    )
    .bind(framework_id)
    .fetch_all(c)
    .await)?)
}

/// The shipped baseline, put in place (or updated) at start-up like the toolkit.
pub async fn sync_shipped(db: &mut impl Db, f: &Framework) -> Result<String> {
    if let Some(s) = by_urn(db, &f.urn).await?
        && s.shipped
        && body(db, &s.id).await?.as_ref() == Some(f)
    {
        return Ok(s.id);
    }
    Ok(save(db, f, Format::CisoAssistantYaml, true, "weerbaar").await?.0)
}
