//! Awareness and training: the staff list and learner links (`staff`), assignments and
//! progress (`training`), phishing campaigns (`campaigns`), and each organisation's
//! settings for them (here).

pub mod campaigns;
pub mod staff;
pub mod training;

use weerbaar_core::OrgId;
use weerbaar_core::awareness::progress::RETENTION_MONTHS_DEFAULT;

use crate::db::Db;
use crate::{Result, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub retention_months: u32,
    pub manager_visibility: bool,
    pub report_address: Option<String>,
    pub version: i64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            retention_months: RETENTION_MONTHS_DEFAULT,
            manager_visibility: false,
            report_address: None,
            version: 0,
        }
    }
}

/// The organisation's settings; the defaults (version 0) until it saves its own.
pub async fn settings(db: &mut impl Db, org: &OrgId) -> Result<Settings> {
    let row: Option<(i64, bool, Option<String>, i64)> = run!(db, |c| {
        sqlx::query_as(
        "SELECT retention_months, manager_visibility, report_address, version FROM awareness_settings WHERE org_id = $1"
    )
    .bind(org.as_str())
    .fetch_optional(c)
    .await
    })?;
    Ok(match row {
        None => Settings::default(),
        Some((m, v, r, version)) => Settings {
            retention_months: u32::try_from(m).map_err(|_| StoreError::Corrupt("retention_months".into()))?,
            manager_visibility: v,
            report_address: r,
            version,
        },
    })
}

/// Saves the settings if `s.version` is still current (0: never saved).
pub async fn save_settings(db: &mut impl Db, org: &OrgId, s: &Settings, now: i64) -> Result<()> {
    let n = if s.version == 0 {
        exec!(db, |c| sqlx::query(
            "INSERT INTO awareness_settings (org_id, retention_months, manager_visibility, report_address, updated_at, \
             version) VALUES ($1, $2, $3, $4, $5, 1) ON CONFLICT (org_id) DO NOTHING"
        )
        .bind(org.as_str())
        .bind(i64::from(s.retention_months))
        .bind(s.manager_visibility)
        .bind(&s.report_address)
        .bind(now)
        .execute(c)
        .await)?
    } else {
        exec!(db, |c| sqlx::query(
            "UPDATE awareness_settings SET retention_months = $1, manager_visibility = $2, report_address = $3, \
             updated_at = $4, version = version + 1 WHERE org_id = $5 AND version = $6"
        )
        .bind(i64::from(s.retention_months))
        .bind(s.manager_visibility)
        .bind(&s.report_address)
        .bind(now)
        .bind(org.as_str())
        .bind(s.version)
        .execute(c)
        .await)?
    };
    if n == 1 { Ok(()) } else { Err(StoreError::Conflict) }
}
