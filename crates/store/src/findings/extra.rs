//! The register's list with filters, its figures, the deadline policy, evidence files,
//! report history, and what the background jobs look for.

use jiff::civil::Date;
use weerbaar_core::findings::deadline::Policy;
use weerbaar_core::findings::{Finding, Severity, Status};
use weerbaar_core::id::new_row_id;
use weerbaar_core::{OrgId, now_ms};

use super::{COLS, Row};
use crate::db::Db;
use crate::{Result, StoreError};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Worst first, then oldest.
    #[default]
    Severity,
    Due,
    Newest,
    Title,
}

impl Sort {
    pub const ALL: [Sort; 4] = [Sort::Severity, Sort::Due, Sort::Newest, Sort::Title];
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Severity => "severity",
            Sort::Due => "due",
            Sort::Newest => "newest",
            Sort::Title => "title",
        }
    }
    pub fn parse(s: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|x| x.as_str() == s)
    }
    fn sql(self) -> &'static str {
        match self {
            Sort::Severity => "severity_rank, created_at, id",
            Sort::Due => "CASE WHEN due_on IS NULL THEN 1 ELSE 0 END, due_on, severity_rank, id",
            Sort::Newest => "created_at DESC, id DESC",
            Sort::Title => "title, id",
        }
    }
}

/// What the register page and the API filter on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub status: Option<Status>,
    /// Only findings that still need work.
    pub open: bool,
    pub severity: Option<Severity>,
    pub engagement: Option<String>,
    pub overdue: bool,
    pub owner: Option<String>,
    pub sort: Sort,
    /// From 1.
    pub page: u32,
    pub per_page: u32,
}

const OPEN: &str = "('new', 'confirmed', 'in_remediation', 'fixed')";

/// One page of the register and how many findings match in all.
pub async fn list(db: &mut impl Db, org: &OrgId, f: &Filter, today: Date) -> Result<(u64, Vec<Finding>)> {
    let mut conds = vec!["org_id = $1".to_string()];
    let mut binds: Vec<String> = vec![org.to_string()];
    let mut bind = |v: String, conds: &mut Vec<String>, expr: &str| {
        binds.push(v);
        conds.push(expr.replace('?', &format!("${}", binds.len())));
    };
    if let Some(s) = f.status {
        bind(s.as_str().into(), &mut conds, "status = ?");
    }
    if f.open {
        conds.push(format!("status IN {OPEN}"));
    }
    if let Some(s) = f.severity {
        // The rank says the same as the severity, and is in the order's index.
        conds.push(format!("severity_rank = {}", super::rank(s)));
    }
    if let Some(e) = &f.engagement {
        bind(e.clone(), &mut conds, "engagement_id = ?");
    }
    if let Some(o) = &f.owner {
        bind(o.clone(), &mut conds, "owner_email = ?");
    }
    if f.overdue {
        bind(today.to_string(), &mut conds, &format!("status IN {OPEN} AND due_on < ?"));
    }
    let wh = conds.join(" AND ");
    let per = i64::from(f.per_page.clamp(1, 500));
    let offset = i64::from(f.page.max(1) - 1) * per;
    // The page's ids with the number of all matches in one query (from the covering index
    // when sorted by severity); then their rows. Fewer round trips per page view.
    let ids_sql = format!(
        "SELECT id, COUNT(*) OVER () FROM findings WHERE {wh} ORDER BY {} LIMIT {per} OFFSET {offset}",
        f.sort.sql()
    );
    let page: Vec<(String, i64)> = run!(db, |c| {
        let mut q = sqlx::query_as(sqlx::AssertSqlSafe(ids_sql.clone()));
        for b in &binds {
            q = q.bind(b);
        }
        q.fetch_all(c).await
    })?;
    let total = match page.first() {
        Some((_, n)) => *n,
        // Past the last page (or nothing matches): the count alone.
        None => {
            let count_sql = format!("SELECT COUNT(*) FROM findings WHERE {wh}");
            run!(db, |c| {
                let mut q = sqlx::query_scalar(sqlx::AssertSqlSafe(count_sql.clone()));
                for b in &binds {
                    q = q.bind(b);
                }
                q.fetch_one(c).await
            })?
        }
    };
    let ids: Vec<String> = page.into_iter().map(|(id, _)| id).collect();
    if ids.is_empty() {
        return Ok((total as u64, vec![]));
    }
    let marks: Vec<String> = (0..ids.len()).map(|i| format!("${}", i + 2)).collect();
    let rows_sql = format!("{COLS} WHERE org_id = $1 AND id IN ({})", marks.join(", "));
    let rows: Vec<Row> = run!(db, |c| {
        let mut q = sqlx::query_as(sqlx::AssertSqlSafe(rows_sql.clone())).bind(org.as_str());
        for id in &ids {
            q = q.bind(id);
        }
        q.fetch_all(c).await
    })?;
    let mut by_id: std::collections::HashMap<String, Finding> =
        rows.into_iter().map(|r| r.into_finding().map(|f| (f.id.clone(), f))).collect::<Result<_>>()?;
    let items = ids.iter().filter_map(|id| by_id.remove(id)).collect();
    Ok((total as u64, items))
}

/// Every finding of the organisation (or of one engagement), for figures and reports.
pub async fn all(db: &mut impl Db, org: &OrgId, engagement: Option<&str>) -> Result<Vec<Finding>> {
    let rows: Vec<Row> = match engagement {
        Some(e) => run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{COLS} WHERE org_id = $1 AND engagement_id = $2 ORDER BY severity_rank, created_at, id"
        )))
        .bind(org.as_str())
        .bind(e)
        .fetch_all(c)
        .await)?,
        None => run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{COLS} WHERE org_id = $1 ORDER BY severity_rank, created_at, id"
        )))
        .bind(org.as_str())
        .fetch_all(c)
        .await)?,
    };
    rows.into_iter().map(Row::into_finding).collect()
}

/// Just what the figures need (dashboard tile): no texts.
pub async fn figures(db: &mut impl Db, org: &OrgId) -> Result<Vec<Finding>> {
    type R = (String, String, Option<String>, Option<String>, Option<String>, Option<String>);
    let rows: Vec<R> = run!(db, |c| sqlx::query_as(
        "SELECT severity, status, due_on, accepted_until, confirmed_on, closed_on FROM findings WHERE org_id = $1"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    let d = |v: Option<String>| v.and_then(|s| s.parse::<Date>().ok());
    Ok(rows
        .into_iter()
        .filter_map(|(sev, st, due, until, conf, closed)| {
            let mut f = Finding::figure(Severity::parse(&sev)?, Status::parse(&st)?);
            f.due = d(due);
            f.acceptance = d(until).map(|until| weerbaar_core::findings::Acceptance {
                approver_email: String::new(),
                reason: String::new(),
                until,
            });
            f.confirmed_on = d(conf);
            f.closed_on = d(closed);
            Some(f)
        })
        .collect())
}

/// The organisation's deadlines (the defaults until it sets its own) and the policy's version.
pub async fn policy(db: &mut impl Db, org: &OrgId) -> Result<(Policy, i64)> {
    let row: Option<(i64, i64, i64, i64, i64)> = run!(db, |c| sqlx::query_as(
        "SELECT critical_days, high_days, medium_days, low_days, version FROM finding_policies WHERE org_id = $1"
    )
    .bind(org.as_str())
    .fetch_optional(c)
    .await)?;
    Ok(match row {
        None => (Policy::default(), 0),
        Some((c, h, m, l, v)) => {
            let u = |x: i64| u32::try_from(x).map_err(|_| StoreError::Corrupt(format!("deadline {x}")));
            (Policy { critical: u(c)?, high: u(h)?, medium: u(m)?, low: u(l)? }, v)
        }
    })
}

/// Saves the deadlines if `version` (0: never saved) is still current.
pub async fn set_policy(db: &mut impl Db, org: &OrgId, p: &Policy, version: i64) -> Result<()> {
    let n = if version == 0 {
        exec!(db, |c| sqlx::query(
            "INSERT INTO finding_policies (org_id, critical_days, high_days, medium_days, low_days, version) \
             VALUES ($1, $2, $3, $4, $5, 1) ON CONFLICT (org_id) DO NOTHING"
        )
        .bind(org.as_str())
        .bind(i64::from(p.critical))
        .bind(i64::from(p.high))
        .bind(i64::from(p.medium))
        .bind(i64::from(p.low))
        .execute(c)
        .await)?
    } else {
        exec!(db, |c| sqlx::query(
            "UPDATE finding_policies SET critical_days = $1, high_days = $2, medium_days = $3, low_days = $4, \
             version = version + 1 WHERE org_id = $5 AND version = $6"
        )
        .bind(i64::from(p.critical))
        .bind(i64::from(p.high))
        .bind(i64::from(p.medium))
        .bind(i64::from(p.low))
        .bind(org.as_str())
        .bind(version)
        .execute(c)
        .await)?
    };
    if n == 1 { Ok(()) } else { Err(StoreError::Conflict) }
}

/// An evidence file's description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileInfo {
    pub id: String,
    pub name: String,
    pub content_type: String,
    pub size: i64,
    pub added_at: i64,
    pub added_by: String,
}

#[allow(clippy::too_many_arguments)]
pub async fn add_file(
    db: &mut impl Db,
    org: &OrgId,
    finding: &str,
    name: &str,
    content_type: &str,
    data: &[u8],
    by: &str,
) -> Result<String> {
    let id = new_row_id();
    exec!(db, |c| sqlx::query(
        "INSERT INTO finding_files (id, finding_id, org_id, name, content_type, size, data, added_at, added_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
    )
    .bind(&id)
    .bind(finding)
    .bind(org.as_str())
    .bind(name)
    .bind(content_type)
    .bind(data.len() as i64)
    .bind(data)
    .bind(now_ms())
    .bind(by)
    .execute(c)
    .await)?;
    Ok(id)
}

pub async fn files(db: &mut impl Db, org: &OrgId, finding: &str) -> Result<Vec<FileInfo>> {
    let rows: Vec<(String, String, String, i64, i64, String)> = run!(db, |c| {
        sqlx::query_as(
        "SELECT id, name, content_type, size, added_at, added_by FROM finding_files WHERE org_id = $1 AND finding_id = $2 \
         ORDER BY added_at, id"
    )
    .bind(org.as_str())
    .bind(finding)
    .fetch_all(c)
    .await
    })?;
    Ok(rows
        .into_iter()
        .map(|(id, name, content_type, size, added_at, added_by)| FileInfo {
            id,
            name,
            content_type,
            size,
            added_at,
            added_by,
        })
        .collect())
}

pub async fn file(db: &mut impl Db, org: &OrgId, finding: &str, id: &str) -> Result<Option<(String, String, Vec<u8>)>> {
    let v: Option<(String, String, Vec<u8>)> = run!(db, |c| sqlx::query_as(
        "SELECT name, content_type, data FROM finding_files WHERE org_id = $1 AND finding_id = $2 AND id = $3"
    )
    .bind(org.as_str())
    .bind(finding)
    .bind(id)
    .fetch_optional(c)
    .await)?;
    Ok(v)
}

/// Keeps a report's figures (as JSON) for the next report's trend.
pub async fn record_report(db: &mut impl Db, org: &OrgId, scope: &str, figures: &serde_json::Value) -> Result<()> {
    exec!(db, |c| sqlx::query(
        "INSERT INTO finding_reports (id, org_id, scope, at, figures) VALUES ($1, $2, $3, $4, $5)"
    )
    .bind(new_row_id())
    .bind(org.as_str())
    .bind(scope)
    .bind(now_ms())
    .bind(figures.to_string())
    .execute(c)
    .await)?;
    Ok(())
}

/// The figures of earlier reports, oldest first: (time, figures).
pub async fn reports(db: &mut impl Db, org: &OrgId, scope: &str, limit: i64) -> Result<Vec<(i64, serde_json::Value)>> {
    let rows: Vec<(i64, String)> = run!(db, |c| {
        sqlx::query_as(
        "SELECT at, figures FROM finding_reports WHERE org_id = $1 AND scope = $2 ORDER BY at DESC, id DESC LIMIT $3"
    )
    .bind(org.as_str())
    .bind(scope)
    .bind(limit)
    .fetch_all(c)
    .await
    })?;
    let mut out: Vec<(i64, serde_json::Value)> =
        rows.into_iter().map(|(at, f)| Ok((at, crate::json::parse("figures", &f)?))).collect::<Result<Vec<_>>>()?;
    out.reverse();
    Ok(out)
}

/// Accepted risks whose expiry has come, in every organisation: (organisation, finding).
pub async fn expired_acceptances(db: &mut impl Db, today: Date) -> Result<Vec<(OrgId, String)>> {
    let rows: Vec<(String, String)> = run!(db, |c| {
        sqlx::query_as(
        "SELECT org_id, id FROM findings WHERE status = 'risk_accepted' AND (accepted_until IS NULL OR accepted_until <= $1) \
         ORDER BY org_id, id"
    )
    .bind(today.to_string())
    .fetch_all(c)
    .await
    })?;
    Ok(rows.into_iter().map(|(o, i)| (OrgId::from_db(o), i)).collect())
}

/// Organisations whose owners' weekly digest is due (none yet, or a week ago or more).
pub async fn digest_due(db: &mut impl Db, today: Date) -> Result<Vec<OrgId>> {
    let week_ago = today.saturating_sub(jiff::Span::new().days(7)).to_string();
    let rows: Vec<String> = run!(db, |c| sqlx::query_scalar(
        "SELECT DISTINCT f.org_id FROM findings f LEFT JOIN finding_policies p ON p.org_id = f.org_id \
         WHERE f.status IN ('new', 'confirmed', 'in_remediation', 'fixed') AND f.owner_email <> '' \
         AND (p.digest_on IS NULL OR p.digest_on <= $1) ORDER BY f.org_id"
    )
    .bind(week_ago)
    .fetch_all(c)
    .await)?;
    Ok(rows.into_iter().map(OrgId::from_db).collect())
}

/// Marks the digest sent today; false if another process did it first.
pub async fn mark_digest(db: &mut impl Db, org: &OrgId, today: Date) -> Result<bool> {
    let week_ago = today.saturating_sub(jiff::Span::new().days(7)).to_string();
    let p = Policy::default();
    exec!(db, |c| sqlx::query(
        "INSERT INTO finding_policies (org_id, critical_days, high_days, medium_days, low_days, version) \
         VALUES ($1, $2, $3, $4, $5, 1) ON CONFLICT (org_id) DO NOTHING"
    )
    .bind(org.as_str())
    .bind(i64::from(p.critical))
    .bind(i64::from(p.high))
    .bind(i64::from(p.medium))
    .bind(i64::from(p.low))
    .execute(c)
    .await)?;
    let n = exec!(db, |c| sqlx::query(
        "UPDATE finding_policies SET digest_on = $1 WHERE org_id = $2 AND (digest_on IS NULL OR digest_on <= $3)"
    )
    .bind(today.to_string())
    .bind(org.as_str())
    .bind(week_ago)
    .execute(c)
    .await)?;
    Ok(n == 1)
}

/// Open findings per engagement: (engagement id, count).
pub async fn figures_by_engagement(db: &mut impl Db, org: &OrgId) -> Result<Vec<(String, usize)>> {
    let rows: Vec<(String, i64)> = run!(db, |c| sqlx::query_as(
        "SELECT engagement_id, COUNT(*) FROM findings WHERE org_id = $1 AND engagement_id IS NOT NULL \
         AND status IN ('new', 'confirmed', 'in_remediation', 'fixed') GROUP BY engagement_id"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    Ok(rows.into_iter().map(|(e, n)| (e, n as usize)).collect())
}
