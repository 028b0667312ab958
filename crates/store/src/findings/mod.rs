//! The findings register: every source writes here (engagements, imports, manual
//! entry; later self-assessment gaps and exercise actions). Every query takes the
//! organisation.

mod extra;
mod import;
mod run;

pub use extra::*;
pub use import::*;
pub use run::*;

use jiff::civil::Date;
use weerbaar_core::findings::flow::Change;
use weerbaar_core::findings::{Acceptance, Asset, Cvss, Finding, Severity, Source, Status};
use weerbaar_core::id::new_row_id;
use weerbaar_core::{OrgId, now_ms};

use crate::db::Db;
use crate::json::parse;
use crate::{Result, StoreError};

#[derive(sqlx::FromRow)]
pub(crate) struct Row {
    id: String,
    engagement_id: Option<String>,
    source: String,
    fingerprint: Option<String>,
    title: String,
    description: String,
    assets: String,
    remediation: String,
    refs: String,
    cvss_version: Option<String>,
    cvss_vector: Option<String>,
    cvss_score: Option<i64>,
    severity: String,
    severity_reason: String,
    status: String,
    status_reason: String,
    duplicate_of: Option<String>,
    accepted_by: Option<String>,
    accepted_reason: Option<String>,
    accepted_until: Option<String>,
    owner_email: String,
    due_on: Option<String>,
    confirmed_on: Option<String>,
    closed_on: Option<String>,
    not_seen: bool,
    resources: String,
    created_at: i64,
    updated_at: i64,
    version: i64,
}

pub(crate) const COLS: &str = "SELECT id, engagement_id, source, fingerprint, title, description, assets, remediation, refs, \
    cvss_version, cvss_vector, cvss_score, severity, severity_reason, status, status_reason, duplicate_of, accepted_by, \
    accepted_reason, accepted_until, owner_email, due_on, confirmed_on, closed_on, not_seen, resources, created_at, updated_at, \
    version FROM findings ";

fn day(what: &str, v: Option<String>) -> Result<Option<Date>> {
    v.map(|d| d.parse().map_err(|_| StoreError::Corrupt(format!("finding {what}: {d}")))).transpose()
}

impl Row {
    pub(crate) fn into_finding(self) -> Result<Finding> {
        let bad = |w: &str, v: &str| StoreError::Corrupt(format!("finding {w} {v}"));
        let cvss = match (self.cvss_version, self.cvss_vector, self.cvss_score) {
            (Some(version), Some(vector), Some(s)) => Some(Cvss { version, vector, score: s as f64 / 10.0 }),
            _ => None,
        };
        let acceptance = match (self.accepted_by, self.accepted_reason, day("accepted_until", self.accepted_until)?) {
            (Some(approver_email), Some(reason), Some(until)) => Some(Acceptance { approver_email, reason, until }),
            _ => None,
        };
        Ok(Finding {
            source: Source::parse(&self.source).ok_or_else(|| bad("source", &self.source))?,
            severity: Severity::parse(&self.severity).ok_or_else(|| bad("severity", &self.severity))?,
            status: Status::parse(&self.status).ok_or_else(|| bad("status", &self.status))?,
            assets: parse::<Vec<Asset>>("assets", &self.assets)?,
            references: parse::<Vec<String>>("refs", &self.refs)?,
            resources: parse::<Vec<String>>("resources", &self.resources)?,
            due: day("due_on", self.due_on)?,
            confirmed_on: day("confirmed_on", self.confirmed_on)?,
            closed_on: day("closed_on", self.closed_on)?,
            id: self.id,
            engagement_id: self.engagement_id,
            fingerprint: self.fingerprint,
            title: self.title,
            description: self.description,
            remediation: self.remediation,
            cvss,
            severity_reason: self.severity_reason,
            status_reason: self.status_reason,
            duplicate_of: self.duplicate_of,
            acceptance,
            owner_email: self.owner_email,
            not_seen: self.not_seen,
            created_at: self.created_at,
            updated_at: self.updated_at,
            version: self.version,
        })
    }
}

pub(crate) fn rank(s: Severity) -> i64 {
    Severity::ALL.iter().position(|x| *x == s).unwrap_or(4) as i64
}

pub(crate) fn score_tenths(c: &Option<Cvss>) -> Option<i64> {
    c.as_ref().map(|c| (c.score * 10.0).round() as i64)
}

pub async fn get(db: &mut impl Db, org: &OrgId, id: &str) -> Result<Option<Finding>> {
    let row: Option<Row> =
        run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!("{COLS} WHERE org_id = $1 AND id = $2")))
            .bind(org.as_str())
            .bind(id)
            .fetch_optional(c)
            .await)?;
    row.map(Row::into_finding).transpose()
}

/// Inserts a finding as given (id, times and version are set here).
pub async fn insert(db: &mut impl Db, org: &OrgId, f: &Finding) -> Result<Finding> {
    let mut v = insert_many(db, org, std::slice::from_ref(f)).await?;
    v.pop().ok_or(StoreError::NotFound)
}

/// Rows per INSERT on PostgreSQL (29 values each, well below its limit of bound values),
/// where round trips dominate. SQLite runs in process: its one-row statement, prepared
/// once, is fastest (500-row statements took four times as long).
fn rows_per_insert(db: &mut impl Db) -> usize {
    match db.backend() {
        crate::db::Backend::Postgres => 500,
        crate::db::Backend::Sqlite => 1,
    }
}

/// Inserts findings as given, several rows per statement (an import of thousands).
pub async fn insert_many(db: &mut impl Db, org: &OrgId, list: &[Finding]) -> Result<Vec<Finding>> {
    let now = now_ms();
    let list: Vec<Finding> = list
        .iter()
        .map(|f| Finding { id: new_row_id(), created_at: now, updated_at: now, version: 1, ..f.clone() })
        .collect();
    let per = rows_per_insert(db);
    for chunk in list.chunks(per) {
        let rows: Vec<String> = (0..chunk.len())
            .map(|i| {
                let b = i * 29;
                let marks: Vec<String> = (1..=29).map(|k| format!("${}", b + k)).collect();
                format!("({}, ${}, 1)", marks.join(", "), b + 29)
            })
            .collect();
        let sql = format!(
            "INSERT INTO findings (id, org_id, engagement_id, source, fingerprint, title, description, assets, remediation, refs, \
             cvss_version, cvss_vector, cvss_score, severity, severity_rank, severity_reason, status, status_reason, duplicate_of, \
             accepted_by, accepted_reason, accepted_until, owner_email, due_on, confirmed_on, closed_on, not_seen, resources, \
             created_at, updated_at, version) VALUES {}",
            rows.join(", ")
        );
        let mut texts = Vec::with_capacity(chunk.len());
        for f in chunk {
            texts.push((
                crate::json::text(&f.assets)?,
                crate::json::text(&f.references)?,
                crate::json::text(&f.resources)?,
            ));
        }
        exec!(db, |c| {
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.clone()));
            for (f, (assets, refs, resources)) in chunk.iter().zip(&texts) {
                let acc = f.acceptance.as_ref();
                q = q
                    .bind(&f.id)
                    .bind(org.as_str())
                    .bind(&f.engagement_id)
                    .bind(f.source.as_str())
                    .bind(&f.fingerprint)
                    .bind(&f.title)
                    .bind(&f.description)
                    .bind(assets)
                    .bind(&f.remediation)
                    .bind(refs)
                    .bind(f.cvss.as_ref().map(|c| c.version.clone()))
                    .bind(f.cvss.as_ref().map(|c| c.vector.clone()))
                    .bind(score_tenths(&f.cvss))
                    .bind(f.severity.as_str())
                    .bind(rank(f.severity))
                    .bind(&f.severity_reason)
                    .bind(f.status.as_str())
                    .bind(&f.status_reason)
                    .bind(&f.duplicate_of)
                    .bind(acc.map(|a| a.approver_email.clone()))
                    .bind(acc.map(|a| a.reason.clone()))
                    .bind(acc.map(|a| a.until.to_string()))
                    .bind(&f.owner_email)
                    .bind(f.due.map(|d| d.to_string()))
                    .bind(f.confirmed_on.map(|d| d.to_string()))
                    .bind(f.closed_on.map(|d| d.to_string()))
                    .bind(f.not_seen)
                    .bind(resources)
                    .bind(now);
            }
            q.execute(c).await
        })
        .map_err(|e| StoreError::unique(e, "fingerprint"))?;
    }
    Ok(list)
}

/// History entries for many findings at once: (finding, kind, to status, body).
pub async fn add_events(
    db: &mut impl Db,
    org: &OrgId,
    actor: &str,
    events: &[(&str, &str, Option<Status>, &str)],
) -> Result<()> {
    let now = now_ms();
    let per = rows_per_insert(db);
    for chunk in events.chunks(per) {
        let rows: Vec<String> = (0..chunk.len())
            .map(|i| {
                let b = i * 8;
                format!(
                    "(${}, ${}, ${}, ${}, ${}, ${}, NULL, ${}, ${})",
                    b + 1,
                    b + 2,
                    b + 3,
                    b + 4,
                    b + 5,
                    b + 6,
                    b + 7,
                    b + 8
                )
            })
            .collect();
        let sql = format!(
            "INSERT INTO finding_events (id, finding_id, org_id, at, actor, kind, from_status, to_status, body) VALUES {}",
            rows.join(", ")
        );
        exec!(db, |c| {
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.clone()));
            for (finding, kind, to, body) in chunk {
                q = q
                    .bind(new_row_id())
                    .bind(*finding)
                    .bind(org.as_str())
                    .bind(now)
                    .bind(actor)
                    .bind(*kind)
                    .bind(to.map(|s| s.as_str()))
                    .bind(*body);
            }
            q.execute(c).await
        })?;
    }
    Ok(())
}

async fn settle(db: &mut impl Db, org: &OrgId, id: &str, n: u64) -> Result<()> {
    if n == 1 {
        return Ok(());
    }
    if get(db, org, id).await?.is_some() { Err(StoreError::Conflict) } else { Err(StoreError::NotFound) }
}

/// Saves the editable fields of `f` if its version is still the stored one.
pub async fn update(db: &mut impl Db, org: &OrgId, f: &Finding) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE findings SET engagement_id = $1, title = $2, description = $3, assets = $4, remediation = $5, refs = $6, \
         cvss_version = $7, cvss_vector = $8, cvss_score = $9, severity = $10, severity_rank = $11, severity_reason = $12, \
         owner_email = $13, due_on = $14, resources = $15, updated_at = $16, version = version + 1 \
         WHERE org_id = $17 AND id = $18 AND version = $19"
    )
    .bind(&f.engagement_id)
    .bind(&f.title)
    .bind(&f.description)
    .bind(crate::json::text(&f.assets)?)
    .bind(&f.remediation)
    .bind(crate::json::text(&f.references)?)
    .bind(f.cvss.as_ref().map(|c| c.version.clone()))
    .bind(f.cvss.as_ref().map(|c| c.vector.clone()))
    .bind(score_tenths(&f.cvss))
    .bind(f.severity.as_str())
    .bind(rank(f.severity))
    .bind(&f.severity_reason)
    .bind(&f.owner_email)
    .bind(f.due.map(|d| d.to_string()))
    .bind(crate::json::text(&f.resources)?)
    .bind(now_ms())
    .bind(org.as_str())
    .bind(&f.id)
    .bind(f.version)
    .execute(c)
    .await
    })?;
    settle(db, org, &f.id, n).await
}

/// Carries out a checked move of `f` (at `f.version`), with its history entry.
pub async fn apply(
    db: &mut impl Db,
    org: &OrgId,
    f: &Finding,
    ch: &Change,
    due: Option<Date>,
    today: Date,
    actor: &str,
) -> Result<()> {
    let confirmed = if ch.confirms { Some(today) } else { f.confirmed_on };
    let closed = if ch.to == Status::Closed { Some(today) } else { None };
    let acc = ch.acceptance.as_ref();
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE findings SET status = $1, status_reason = $2, duplicate_of = $3, accepted_by = $4, accepted_reason = $5, \
         accepted_until = $6, confirmed_on = $7, closed_on = $8, due_on = $9, not_seen = $10, updated_at = $11, \
         version = version + 1 WHERE org_id = $12 AND id = $13 AND version = $14"
    )
    .bind(ch.to.as_str())
    .bind(&ch.reason)
    .bind(&ch.duplicate_of)
    .bind(acc.map(|a| a.approver_email.clone()))
    .bind(acc.map(|a| a.reason.clone()))
    .bind(acc.map(|a| a.until.to_string()))
    .bind(confirmed.map(|d| d.to_string()))
    .bind(closed.map(|d| d.to_string()))
    .bind(due.map(|d| d.to_string()))
    .bind(f.not_seen && ch.retest.is_none())
    .bind(now_ms())
    .bind(org.as_str())
    .bind(&f.id)
    .bind(f.version)
    .execute(c)
    .await
    })?;
    settle(db, org, &f.id, n).await?;
    let kind = match ch.retest {
        Some(true) => "retest_passed",
        Some(false) => "retest_failed",
        None => "status",
    };
    let mut body = ch.reason.clone();
    if let Some(a) = acc {
        body = format!("{} · {} · {}", a.approver_email, a.until, a.reason);
    } else if let Some(d) = &ch.duplicate_of {
        body = format!("{d} {}", ch.reason).trim().to_string();
    }
    add_event(db, org, &f.id, actor, kind, Some(ch.from), Some(ch.to), &body).await
}

/// A finding's history entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub at: i64,
    pub actor: String,
    /// created, status, retest_passed, retest_failed, comment, import_seen, import_reopened,
    /// import_not_seen, expired, edited, file
    pub kind: String,
    pub from: Option<Status>,
    pub to: Option<Status>,
    pub body: String,
}

#[allow(clippy::too_many_arguments)]
pub async fn add_event(
    db: &mut impl Db,
    org: &OrgId,
    finding: &str,
    actor: &str,
    kind: &str,
    from: Option<Status>,
    to: Option<Status>,
    body: &str,
) -> Result<()> {
    exec!(db, |c| sqlx::query(
        "INSERT INTO finding_events (id, finding_id, org_id, at, actor, kind, from_status, to_status, body) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
    )
    .bind(new_row_id())
    .bind(finding)
    .bind(org.as_str())
    .bind(now_ms())
    .bind(actor)
    .bind(kind)
    .bind(from.map(|s| s.as_str()))
    .bind(to.map(|s| s.as_str()))
    .bind(body)
    .execute(c)
    .await)?;
    Ok(())
}

pub async fn events(db: &mut impl Db, org: &OrgId, finding: &str) -> Result<Vec<Event>> {
    type R = (i64, String, String, Option<String>, Option<String>, String);
    let rows: Vec<R> = run!(db, |c| {
        sqlx::query_as(
        "SELECT at, actor, kind, from_status, to_status, body FROM finding_events WHERE org_id = $1 AND finding_id = $2 \
         ORDER BY at, id"
    )
    .bind(org.as_str())
    .bind(finding)
    .fetch_all(c)
    .await
    })?;
    Ok(rows
        .into_iter()
        .map(|(at, actor, kind, from, to, body)| Event {
            at,
            actor,
            kind,
            from: from.as_deref().and_then(Status::parse),
            to: to.as_deref().and_then(Status::parse),
            body,
        })
        .collect())
}

/// Whether a finding with this id is in the organisation's register.
pub async fn exists(db: &mut impl Db, org: &OrgId, id: &str) -> Result<bool> {
    let n: i64 = run!(db, |c| sqlx::query_scalar("SELECT COUNT(*) FROM findings WHERE org_id = $1 AND id = $2")
        .bind(org.as_str())
        .bind(id)
        .fetch_one(c)
        .await)?;
    Ok(n > 0)
}

/// The organisation a finding belongs to (for routes that name only the finding).
pub async fn org_of(db: &mut impl Db, id: &str) -> Result<Option<OrgId>> {
    let v: Option<String> =
        run!(db, |c| sqlx::query_scalar("SELECT org_id FROM findings WHERE id = $1").bind(id).fetch_optional(c).await)?;
    Ok(v.map(OrgId::from_db))
}
