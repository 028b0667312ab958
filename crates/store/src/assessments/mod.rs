//! An organisation's self-assessments: the assessment, its answers (one row per
//! requirement, each with its own version), respondents per section, evidence files,
//! the kept versions, and the actions its gaps became in the findings register.

pub mod benchmark;
pub mod frameworks;

use std::collections::HashMap;

use weerbaar_core::assessment::answer::Answer;
use weerbaar_core::bcp::model::{Approval, PlanStatus};
use weerbaar_core::id::new_row_id;
use weerbaar_core::{OrgId, now_ms};

use crate::db::Db;
use crate::json::{parse, text};
use crate::{Result, StoreError};

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Assessment {
    pub id: String,
    pub org_id: String,
    pub framework_id: String,
    pub level: Option<String>,
    pub title: String,
    pub status: PlanStatus,
    pub version_label: String,
    pub started_from: Option<String>,
    pub approval: Option<Approval>,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    org_id: String,
    framework_id: String,
    level: Option<String>,
    title: String,
    status: String,
    version_label: String,
    started_from: Option<String>,
    approved_body: Option<String>,
    approved_on: Option<String>,
    approved_reference: Option<String>,
    created_at: i64,
    updated_at: i64,
    version: i64,
}

const COLS: &str = "SELECT id, org_id, framework_id, level, title, status, version_label, started_from, approved_body, \
                    approved_on, approved_reference, created_at, updated_at, version FROM assessments ";

impl Row {
    fn into_assessment(self) -> Result<Assessment> {
        let status = PlanStatus::parse(&self.status)
            .ok_or_else(|| StoreError::Corrupt(format!("assessment status {}", self.status)))?;
        let approval = match (self.approved_body, self.approved_on, self.approved_reference) {
            (Some(body), Some(on), Some(reference)) => Some(Approval {
                body,
                decision_date: on.parse().map_err(|_| StoreError::Corrupt(format!("assessment approved_on {on}")))?,
                reference,
            }),
            _ => None,
        };
        Ok(Assessment {
            id: self.id,
            org_id: self.org_id,
            framework_id: self.framework_id,
            level: self.level,
            title: self.title,
            status,
            version_label: self.version_label,
            started_from: self.started_from,
            approval,
            created_at: self.created_at,
            updated_at: self.updated_at,
            version: self.version,
        })
    }
}

/// The organisation's assessments, newest first.
pub async fn list(db: &mut impl Db, org: &OrgId) -> Result<Vec<Assessment>> {
    let rows: Vec<Row> = run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{COLS} WHERE org_id = $1 ORDER BY created_at DESC, id DESC"
    )))
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    rows.into_iter().map(Row::into_assessment).collect()
}

pub async fn get(db: &mut impl Db, org: &OrgId, id: &str) -> Result<Option<Assessment>> {
    let row: Option<Row> =
        run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!("{COLS} WHERE org_id = $1 AND id = $2")))
            .bind(org.as_str())
            .bind(id)
            .fetch_optional(c)
            .await)?;
    row.map(Row::into_assessment).transpose()
}

pub async fn org_of(db: &mut impl Db, id: &str) -> Result<Option<OrgId>> {
    let v: Option<String> = run!(db, |c| sqlx::query_scalar("SELECT org_id FROM assessments WHERE id = $1")
        .bind(id)
        .fetch_optional(c)
        .await)?;
    Ok(v.map(OrgId::from_db))
}

/// A new draft; with `from`, the answers of that earlier assessment are copied.
pub async fn create(
    db: &mut impl Db,
    org: &OrgId,
    framework_id: &str,
    level: Option<&str>,
    title: &str,
    from: Option<&str>,
    actor: &str,
) -> Result<Assessment> {
    let id = new_row_id();
    let now = now_ms();
    exec!(db, |c| sqlx::query(
        "INSERT INTO assessments (id, org_id, framework_id, level, title, status, version_label, started_from, \
         created_at, updated_at, version) VALUES ($1, $2, $3, $4, $5, 'draft', '1.0', $6, $7, $7, 1)"
    )
    .bind(&id)
    .bind(org.as_str())
    .bind(framework_id)
    .bind(level)
    .bind(title)
    .bind(from)
    .bind(now)
    .execute(c)
    .await)?;
    if let Some(from) = from {
        exec!(db, |c| {
            sqlx::query(
            "INSERT INTO assessment_answers (assessment_id, org_id, requirement, answer, answered_by, updated_at, version) \
             SELECT $1, org_id, requirement, answer, $2, $3, 1 FROM assessment_answers WHERE org_id = $4 AND assessment_id = $5"
        )
        .bind(&id)
        .bind(actor)
        .bind(now)
        .bind(org.as_str())
        .bind(from)
        .execute(c)
        .await
        })?;
    }
    get(db, org, &id).await?.ok_or(StoreError::NotFound)
}

/// Moves the status (and label, approval) if `version` is still the stored one.
pub async fn set_status(
    db: &mut impl Db,
    org: &OrgId,
    id: &str,
    version: i64,
    status: PlanStatus,
    label: &str,
    approval: Option<&Approval>,
) -> Result<()> {
    let n = exec!(db, |c| sqlx::query(
        "UPDATE assessments SET status = $1, version_label = $2, approved_body = $3, approved_on = $4, \
         approved_reference = $5, updated_at = $6, version = version + 1 WHERE org_id = $7 AND id = $8 AND version = $9"
    )
    .bind(status.as_str())
    .bind(label)
    .bind(approval.map(|a| a.body.clone()))
    .bind(approval.map(|a| a.decision_date.to_string()))
    .bind(approval.map(|a| a.reference.clone()))
    .bind(now_ms())
    .bind(org.as_str())
    .bind(id)
    .bind(version)
    .execute(c)
    .await)?;
    if n == 1 { Ok(()) } else { Err(StoreError::Conflict) }
}

/// An answer with the version it was stored as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub answer: Answer,
    pub version: i64,
    pub by: String,
    pub at: i64,
}

pub async fn answers(db: &mut impl Db, org: &OrgId, id: &str) -> Result<HashMap<String, Stored>> {
    let rows: Vec<(String, String, i64, String, i64)> = run!(db, |c| sqlx::query_as(
        "SELECT requirement, answer, version, answered_by, updated_at FROM assessment_answers \
         WHERE org_id = $1 AND assessment_id = $2"
    )
    .bind(org.as_str())
    .bind(id)
    .fetch_all(c)
    .await)?;
    rows.into_iter()
        .map(|(r, a, version, by, at)| Ok((r, Stored { answer: parse("answer", &a)?, version, by, at })))
        .collect()
}

/// Writes one answer. `expected`: the version the person started from, 0 for a
/// requirement not answered before. Conflict when someone else saved first.
pub async fn put_answer(
    db: &mut impl Db,
    org: &OrgId,
    id: &str,
    requirement: &str,
    a: &Answer,
    expected: i64,
    actor: &str,
) -> Result<i64> {
    let now = now_ms();
    let body = text(a)?;
    let n = if expected == 0 {
        exec!(db, |c| {
            sqlx::query(
            "INSERT INTO assessment_answers (assessment_id, org_id, requirement, answer, answered_by, updated_at, version) \
             VALUES ($1, $2, $3, $4, $5, $6, 1) ON CONFLICT (assessment_id, requirement) DO NOTHING"
        )
        .bind(id)
        .bind(org.as_str())
        .bind(requirement)
        .bind(&body)
        .bind(actor)
        .bind(now)
        .execute(c)
        .await
        })?
    } else {
        exec!(db, |c| sqlx::query(
            "UPDATE assessment_answers SET answer = $1, answered_by = $2, updated_at = $3, version = version + 1 \
             WHERE org_id = $4 AND assessment_id = $5 AND requirement = $6 AND version = $7"
        )
        .bind(&body)
        .bind(actor)
        .bind(now)
        .bind(org.as_str())
        .bind(id)
        .bind(requirement)
        .bind(expected)
        .execute(c)
        .await)?
    };
    if n != 1 {
        return Err(StoreError::Conflict);
    }
    exec!(db, |c| sqlx::query("UPDATE assessments SET updated_at = $1 WHERE org_id = $2 AND id = $3")
        .bind(now)
        .bind(org.as_str())
        .bind(id)
        .execute(c)
        .await)?;
    Ok(expected + 1)
}

/// A member who answers a section.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct Respondent {
    pub section: String,
    pub user_id: String,
    pub name: String,
    pub email: String,
}

pub async fn respondents(db: &mut impl Db, org: &OrgId, id: &str) -> Result<Vec<Respondent>> {
    Ok(run!(db, |c| sqlx::query_as(
        "SELECT r.section, r.user_id, u.name, u.email FROM assessment_respondents r JOIN users u ON u.id = r.user_id \
         WHERE r.org_id = $1 AND r.assessment_id = $2 ORDER BY r.section, u.name"
    )
    .bind(org.as_str())
    .bind(id)
    .fetch_all(c)
    .await)?)
}

pub async fn add_respondent(db: &mut impl Db, org: &OrgId, id: &str, section: &str, user: &str) -> Result<()> {
    exec!(db, |c| {
        sqlx::query(
        "INSERT INTO assessment_respondents (assessment_id, org_id, section, user_id, added_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (assessment_id, section, user_id) DO NOTHING"
    )
    .bind(id)
    .bind(org.as_str())
    .bind(section)
    .bind(user)
    .bind(now_ms())
    .execute(c)
    .await
    })?;
    Ok(())
}

pub async fn remove_respondent(db: &mut impl Db, org: &OrgId, id: &str, section: &str, user: &str) -> Result<bool> {
    let n = exec!(db, |c| {
        sqlx::query(
        "DELETE FROM assessment_respondents WHERE org_id = $1 AND assessment_id = $2 AND section = $3 AND user_id = $4"
    )
    .bind(org.as_str())
    .bind(id)
    .bind(section)
    .bind(user)
    .execute(c)
    .await
    })?;
    Ok(n == 1)
}

/// The sections `user` answers in an assessment.
pub async fn sections_of(db: &mut impl Db, org: &OrgId, id: &str, user: &str) -> Result<Vec<String>> {
    Ok(run!(db, |c| {
        sqlx::query_scalar(
        "SELECT section FROM assessment_respondents WHERE org_id = $1 AND assessment_id = $2 AND user_id = $3 ORDER BY section"
    )
    .bind(org.as_str())
    .bind(id)
    .bind(user)
    .fetch_all(c)
    .await
    })?)
}

/// The assessments in which `user` answers anything.
pub async fn assigned_to(db: &mut impl Db, org: &OrgId, user: &str) -> Result<Vec<String>> {
    Ok(run!(db, |c| sqlx::query_scalar(
        "SELECT DISTINCT assessment_id FROM assessment_respondents WHERE org_id = $1 AND user_id = $2"
    )
    .bind(org.as_str())
    .bind(user)
    .fetch_all(c)
    .await)?)
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FileInfo {
    pub id: String,
    pub requirement: String,
    pub name: String,
    pub content_type: String,
    pub size: i64,
    pub uploaded_by: String,
    pub created_at: i64,
}

#[allow(clippy::too_many_arguments)]
pub async fn add_file(
    db: &mut impl Db,
    org: &OrgId,
    id: &str,
    requirement: &str,
    name: &str,
    content_type: &str,
    data: &[u8],
    by: &str,
) -> Result<String> {
    let fid = new_row_id();
    exec!(db, |c| {
        sqlx::query(
        "INSERT INTO assessment_files (id, assessment_id, org_id, requirement, name, content_type, data, size, uploaded_by, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
    )
    .bind(&fid)
    .bind(id)
    .bind(org.as_str())
    .bind(requirement)
    .bind(name)
    .bind(content_type)
    .bind(data)
    .bind(data.len() as i64)
    .bind(by)
    .bind(now_ms())
    .execute(c)
    .await
    })?;
    Ok(fid)
}

pub async fn files(db: &mut impl Db, org: &OrgId, id: &str) -> Result<Vec<FileInfo>> {
    Ok(run!(db, |c| sqlx::query_as(
        "SELECT id, requirement, name, content_type, size, uploaded_by, created_at FROM assessment_files \
         WHERE org_id = $1 AND assessment_id = $2 ORDER BY created_at, id"
    )
    .bind(org.as_str())
    .bind(id)
    .fetch_all(c)
    .await)?)
}

pub async fn file(db: &mut impl Db, org: &OrgId, id: &str, file: &str) -> Result<Option<(FileInfo, Vec<u8>)>> {
    let info: Option<FileInfo> = run!(db, |c| sqlx::query_as(
        "SELECT id, requirement, name, content_type, size, uploaded_by, created_at FROM assessment_files \
         WHERE org_id = $1 AND assessment_id = $2 AND id = $3"
    )
    .bind(org.as_str())
    .bind(id)
    .bind(file)
    .fetch_optional(c)
    .await)?;
    let Some(info) = info else { return Ok(None) };
    let data: Vec<u8> = run!(db, |c| sqlx::query_scalar("SELECT data FROM assessment_files WHERE id = $1")
        .bind(file)
        .fetch_one(c)
        .await)?;
    Ok(Some((info, data)))
}

/// A kept version: what was submitted or approved.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Version {
    pub id: String,
    pub label: String,
    pub status: String,
    pub figures: String,
    pub snapshot: String,
    pub actor: String,
    pub created_at: i64,
}

#[allow(clippy::too_many_arguments)]
pub async fn keep_version(
    db: &mut impl Db,
    org: &OrgId,
    a: &Assessment,
    status: PlanStatus,
    figures: &str,
    snapshot: &str,
    actor: &str,
) -> Result<()> {
    exec!(db, |c| {
        sqlx::query(
        "INSERT INTO assessment_versions (id, assessment_id, org_id, framework_id, level, label, status, figures, snapshot, \
         actor, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
    )
    .bind(new_row_id())
    .bind(&a.id)
    .bind(org.as_str())
    .bind(&a.framework_id)
    .bind(&a.level)
    .bind(&a.version_label)
    .bind(status.as_str())
    .bind(figures)
    .bind(snapshot)
    .bind(actor)
    .bind(now_ms())
    .execute(c)
    .await
    })?;
    Ok(())
}

pub async fn versions(db: &mut impl Db, org: &OrgId, id: &str) -> Result<Vec<Version>> {
    Ok(run!(db, |c| sqlx::query_as(
        "SELECT id, label, status, figures, snapshot, actor, created_at FROM assessment_versions \
         WHERE org_id = $1 AND assessment_id = $2 ORDER BY created_at DESC, id DESC"
    )
    .bind(org.as_str())
    .bind(id)
    .fetch_all(c)
    .await)?)
}

/// Links a finding (the action) to the requirement whose gap it closes.
pub async fn link_action(db: &mut impl Db, org: &OrgId, finding: &str, id: &str, requirement: &str) -> Result<()> {
    exec!(db, |c| sqlx::query(
        "INSERT INTO assessment_actions (finding_id, org_id, assessment_id, requirement) VALUES ($1, $2, $3, $4)"
    )
    .bind(finding)
    .bind(org.as_str())
    .bind(id)
    .bind(requirement)
    .execute(c)
    .await)?;
    Ok(())
}

/// The actions of an assessment: (finding, requirement).
pub async fn actions(db: &mut impl Db, org: &OrgId, id: &str) -> Result<Vec<(String, String)>> {
    Ok(run!(db, |c| sqlx::query_as(
        "SELECT finding_id, requirement FROM assessment_actions WHERE org_id = $1 AND assessment_id = $2"
    )
    .bind(org.as_str())
    .bind(id)
    .fetch_all(c)
    .await)?)
}

/// The assessment and requirement an action came from.
pub async fn action_of(db: &mut impl Db, org: &OrgId, finding: &str) -> Result<Option<(String, String)>> {
    Ok(run!(db, |c| sqlx::query_as(
        "SELECT assessment_id, requirement FROM assessment_actions WHERE org_id = $1 AND finding_id = $2"
    )
    .bind(org.as_str())
    .bind(finding)
    .fetch_optional(c)
    .await)?)
}
