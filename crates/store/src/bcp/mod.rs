//! Business continuity plans: one working plan per organisation, stored part by part so
//! that two editors of different parts never collide, and each part carries a version.
//! Every query names the organisation. One module per part, matching `web::bcp`.

use jiff::civil::Date;
use weerbaar_core::OrgId;

use crate::db::Db;
use crate::{Result, StoreError};

mod activities;
mod cache;
mod communication;
mod crisis;
mod exercises;
mod links;
mod packs;
mod plan;
mod playbooks;
mod resources;
mod versions;

pub use activities::*;
pub use cache::*;
pub use communication::*;
pub use crisis::*;
pub use exercises::*;
pub use links::*;
pub use packs::*;
pub use plan::*;
pub use playbooks::*;
pub use resources::*;
pub use versions::*;

/// A stored date; one that does not read back is corrupt data, not "no date".
fn date(what: &str, s: Option<String>) -> Result<Option<Date>> {
    s.map(|d| d.parse().map_err(|_| StoreError::Corrupt(format!("{what}: {d}")))).transpose()
}

/// A stored number of hours or people.
fn hours(what: &str, v: Option<i64>) -> Result<Option<u32>> {
    v.map(|h| u32::try_from(h).map_err(|_| StoreError::Corrupt(format!("{what}: {h}")))).transpose()
}

/// A stored choice (kind, status …) that no longer names one is corrupt data.
fn stored<T>(what: &str, s: &str, parse: impl Fn(&str) -> Option<T>) -> Result<T> {
    parse(s).ok_or_else(|| StoreError::Corrupt(format!("{what}: {s}")))
}

fn opt_i64(v: Option<u32>) -> Option<i64> {
    v.map(i64::from)
}

/// The statements every editable part shares, per table (the table name is fixed here,
/// never from input).
pub(crate) struct Part {
    exists: &'static str,
    last_position: &'static str,
}

macro_rules! part {
    ($table:literal) => {
        Part {
            exists: concat!("SELECT COUNT(*) FROM ", $table, " WHERE org_id = $1 AND id = $2"),
            last_position: concat!("SELECT MAX(position) FROM ", $table, " WHERE org_id = $1"),
        }
    };
}

pub(crate) const ACTIVITIES: Part = part!("bcp_activities");
pub(crate) const RESOURCES: Part = part!("bcp_resources");
pub(crate) const ROLES: Part = part!("bcp_roles");
pub(crate) const PLAYBOOKS: Part = part!("bcp_playbooks");
pub(crate) const STAKEHOLDERS: Part = part!("bcp_stakeholders");
pub(crate) const MESSAGES: Part = part!("bcp_messages");
pub(crate) const EXERCISES: Part = part!("bcp_exercises");

/// Whether the organisation has this row.
pub(crate) async fn exists(db: &mut impl Db, part: &Part, org: &OrgId, id: &str) -> Result<bool> {
    let n: i64 = run!(db, |c| sqlx::query_scalar(part.exists).bind(org.as_str()).bind(id).fetch_one(c).await)?;
    Ok(n > 0)
}

/// The position after the last row of the organisation's list.
pub(crate) async fn next_position(db: &mut impl Db, part: &Part, org: &OrgId) -> Result<i64> {
    let last: Option<i64> = run!(db, |c| sqlx::query_scalar(part.last_position).bind(org.as_str()).fetch_one(c).await)?;
    Ok(last.map_or(0, |p| p + 1))
}

/// After a versioned update of one row: done, someone else's newer version (conflict),
/// or no such row.
pub(crate) async fn settle(db: &mut impl Db, part: &Part, org: &OrgId, id: &str, rows: u64) -> Result<()> {
    match rows {
        1 => Ok(()),
        _ if exists(db, part, org, id).await? => Err(StoreError::Conflict),
        _ => Err(StoreError::NotFound),
    }
}
