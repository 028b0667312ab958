//! The figures an umbrella organisation's anonymous comparison is made of: only from
//! organisations that chose to share with it. Which figures may be shown is decided
//! in `core::assessment::compare`.

use weerbaar_core::{OrgId, now_ms};

use crate::Result;
use crate::db::Db;

/// Shares with `umbrella`, or stops sharing (None).
pub async fn set_share(db: &mut impl Db, org: &OrgId, umbrella: Option<&OrgId>) -> Result<()> {
    exec!(db, |c| sqlx::query("DELETE FROM benchmark_shares WHERE org_id = $1").bind(org.as_str()).execute(c).await)?;
    if let Some(u) = umbrella {
        exec!(db, |c| sqlx::query("INSERT INTO benchmark_shares (org_id, umbrella_id, since) VALUES ($1, $2, $3)")
            .bind(org.as_str())
            .bind(u.as_str())
            .bind(now_ms())
            .execute(c)
            .await)?;
    }
    Ok(())
}

/// The umbrella organisation `org` shares with.
pub async fn share_of(db: &mut impl Db, org: &OrgId) -> Result<Option<OrgId>> {
    let v: Option<String> =
        run!(db, |c| sqlx::query_scalar("SELECT umbrella_id FROM benchmark_shares WHERE org_id = $1")
            .bind(org.as_str())
            .fetch_optional(c)
            .await)?;
    Ok(v.map(OrgId::from_db))
}

/// How many organisations share with `umbrella`.
pub async fn members(db: &mut impl Db, umbrella: &OrgId) -> Result<i64> {
    Ok(run!(db, |c| sqlx::query_scalar("SELECT COUNT(*) FROM benchmark_shares WHERE umbrella_id = $1")
        .bind(umbrella.as_str())
        .fetch_one(c)
        .await)?)
}

/// Per sharing organisation, the figures of its latest approved assessment of the
/// framework at the level.
pub async fn maturity(
    db: &mut impl Db,
    umbrella: &OrgId,
    framework: &str,
    level: Option<&str>,
) -> Result<Vec<(String, String)>> {
    let rows: Vec<(String, String)> = run!(db, |c| sqlx::query_as(
        "SELECT v.org_id, v.figures FROM assessment_versions v JOIN benchmark_shares s ON s.org_id = v.org_id \
         WHERE s.umbrella_id = $1 AND v.framework_id = $2 AND v.status = 'approved' AND COALESCE(v.level, '') = $3 \
         ORDER BY v.org_id, v.created_at DESC, v.id DESC"
    )
    .bind(umbrella.as_str())
    .bind(framework)
    .bind(level.unwrap_or(""))
    .fetch_all(c)
    .await)?;
    let mut out: Vec<(String, String)> = Vec::new();
    for (org, figures) in rows {
        if out.last().map(|(o, _)| o != &org).unwrap_or(true) {
            out.push((org, figures));
        }
    }
    Ok(out)
}

/// Per sharing organisation: whether it has an approved business continuity plan.
pub async fn approved_plans(db: &mut impl Db, umbrella: &OrgId) -> Result<Vec<(String, bool)>> {
    Ok(run!(db, |c| {
        sqlx::query_as(
        "SELECT s.org_id, EXISTS (SELECT 1 FROM bcp_plan_versions v WHERE v.org_id = s.org_id AND v.status = 'approved') \
         FROM benchmark_shares s WHERE s.umbrella_id = $1 ORDER BY s.org_id"
    )
    .bind(umbrella.as_str())
    .fetch_all(c)
    .await
    })?)
}

/// Per sharing organisation: its open critical and high findings.
pub async fn open_serious(db: &mut impl Db, umbrella: &OrgId) -> Result<Vec<(String, i64)>> {
    Ok(run!(db, |c| sqlx::query_as(
        "SELECT s.org_id, COUNT(f.id) FROM benchmark_shares s LEFT JOIN findings f ON f.org_id = s.org_id \
         AND f.severity IN ('critical', 'high') AND f.status IN ('new', 'confirmed', 'in_remediation', 'fixed') \
         WHERE s.umbrella_id = $1 GROUP BY s.org_id ORDER BY s.org_id"
    )
    .bind(umbrella.as_str())
    .fetch_all(c)
    .await)?)
}

/// An organisation's own figures: its latest approved assessment of the framework at
/// the level.
pub async fn own_latest(db: &mut impl Db, org: &OrgId, framework: &str, level: Option<&str>) -> Result<Option<String>> {
    Ok(run!(db, |c| sqlx::query_scalar(
        "SELECT figures FROM assessment_versions WHERE org_id = $1 AND framework_id = $2 AND status = 'approved' \
         AND COALESCE(level, '') = $3 ORDER BY created_at DESC, id DESC LIMIT 1"
    )
    .bind(org.as_str())
    .bind(framework)
    .bind(level.unwrap_or(""))
    .fetch_optional(c)
    .await)?)
}
