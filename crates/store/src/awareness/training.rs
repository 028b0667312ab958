//! Training assignments and each person's progress per module.

use weerbaar_core::OrgId;
use weerbaar_core::awareness::progress::{NewAssignment, Scope};
use weerbaar_core::id::new_row_id;

use crate::db::Db;
use crate::json::{parse, text};
use crate::{Result, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    pub id: String,
    pub module: String,
    pub scope: Scope,
    pub due_on: String,
    pub reason: String,
    pub created_by: String,
    pub created_at: i64,
}

type Row = (String, String, String, String, String, String, String, i64);

fn assignment(r: Row) -> Result<Assignment> {
    let targets: Vec<String> = parse("training_assignments.targets", &r.3)?;
    let scope =
        Scope::from_parts(&r.2, targets).ok_or_else(|| StoreError::Corrupt(format!("assignment scope {}", r.2)))?;
    Ok(Assignment { id: r.0, module: r.1, scope, due_on: r.4, reason: r.5, created_by: r.6, created_at: r.7 })
}

pub async fn assign(
    db: &mut impl Db,
    org: &OrgId,
    a: &NewAssignment,
    reason: &str,
    by: &str,
    now: i64,
) -> Result<String> {
    let id = new_row_id();
    exec!(db, |c| sqlx::query(
        "INSERT INTO training_assignments (id, org_id, module, scope, targets, due_on, reason, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
    )
    .bind(&id)
    .bind(org.as_str())
    .bind(&a.module)
    .bind(a.scope.kind())
    .bind(text(&a.scope.targets())?)
    .bind(a.due_on.to_string())
    .bind(reason)
    .bind(by)
    .bind(now)
    .execute(c)
    .await)?;
    Ok(id)
}

/// The organisation's assignments, newest first.
pub async fn assignments(db: &mut impl Db, org: &OrgId) -> Result<Vec<Assignment>> {
    let rows: Vec<Row> = run!(db, |c| sqlx::query_as(
        "SELECT id, module, scope, targets, due_on, reason, created_by, created_at FROM training_assignments \
         WHERE org_id = $1 ORDER BY created_at DESC, id"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    rows.into_iter().map(assignment).collect()
}

/// Removes an assignment (progress already made stays).
pub async fn unassign(db: &mut impl Db, org: &OrgId, id: &str) -> Result<bool> {
    let n = exec!(db, |c| sqlx::query("DELETE FROM training_assignments WHERE org_id = $1 AND id = $2")
        .bind(org.as_str())
        .bind(id)
        .execute(c)
        .await)?;
    Ok(n == 1)
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Progress {
    pub staff_id: Option<String>,
    pub department: String,
    pub module: String,
    pub module_version: String,
    pub started_at: i64,
    pub completed_at: Option<i64>,
    pub best_score: Option<i64>,
    pub attempts: i64,
}

const COLS: &str = "SELECT staff_id, department, module, module_version, started_at, completed_at, best_score, attempts \
                    FROM training_progress ";

/// Every progress row of the organisation (people who left and were erased included).
pub async fn progress_of_org(db: &mut impl Db, org: &OrgId) -> Result<Vec<Progress>> {
    Ok(run!(db, |c| sqlx::query_as::<_, Progress>(sqlx::AssertSqlSafe(format!("{COLS} WHERE org_id = $1")))
        .bind(org.as_str())
        .fetch_all(c)
        .await)?)
}

pub async fn progress_of(db: &mut impl Db, staff_id: &str) -> Result<Vec<Progress>> {
    Ok(run!(db, |c| sqlx::query_as::<_, Progress>(sqlx::AssertSqlSafe(format!("{COLS} WHERE staff_id = $1")))
        .bind(staff_id)
        .fetch_all(c)
        .await)?)
}

/// Who is learning: the person's ids and department (kept on the row after erasure).
#[derive(Debug, Clone, Copy)]
pub struct Who<'a> {
    pub org: &'a str,
    pub staff_id: &'a str,
    pub department: &'a str,
}

/// Notes that a person opened a module (once).
pub async fn start(db: &mut impl Db, who: Who<'_>, module: &str, version: &str, now: i64) -> Result<()> {
    let Who { org, staff_id, department } = who;
    let seen: i64 =
        run!(db, |c| sqlx::query_scalar("SELECT COUNT(*) FROM training_progress WHERE staff_id = $1 AND module = $2")
            .bind(staff_id)
            .bind(module)
            .fetch_one(c)
            .await)?;
    if seen > 0 {
        return Ok(());
    }
    // Two tabs at once: the second insert does nothing.
    exec!(db, |c| sqlx::query(
        "INSERT INTO training_progress (id, org_id, staff_id, department, module, module_version, started_at, \
         attempts, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $7) ON CONFLICT (staff_id, module) DO NOTHING"
    )
    .bind(new_row_id())
    .bind(org)
    .bind(staff_id)
    .bind(department)
    .bind(module)
    .bind(version)
    .bind(now)
    .execute(c)
    .await)?;
    Ok(())
}

/// Records a quiz attempt: the best score is kept; a pass completes the module.
pub async fn attempt(
    db: &mut impl Db,
    who: Who<'_>,
    module: &str,
    version: &str,
    score: u8,
    passed: bool,
    now: i64,
) -> Result<()> {
    start(db, who, module, version, now).await?;
    let staff_id = who.staff_id;
    exec!(db, |c| sqlx::query(
        "UPDATE training_progress SET attempts = attempts + 1, updated_at = $1, module_version = $2, \
         best_score = CASE WHEN $3 AND (best_score IS NULL OR best_score < $4) THEN $4 ELSE best_score END, \
         completed_at = CASE WHEN $3 AND completed_at IS NULL THEN $1 ELSE completed_at END \
         WHERE staff_id = $5 AND module = $6"
    )
    .bind(now)
    .bind(version)
    .bind(passed)
    .bind(i64::from(score))
    .bind(staff_id)
    .bind(module)
    .execute(c)
    .await)?;
    Ok(())
}

/// Organisations with at least one assignment (for the training mailer).
pub async fn orgs_with_assignments(db: &mut impl Db) -> Result<Vec<OrgId>> {
    let ids: Vec<String> =
        run!(db, |c| sqlx::query_scalar("SELECT DISTINCT org_id FROM training_assignments ORDER BY org_id")
            .fetch_all(c)
            .await)?;
    Ok(ids.into_iter().map(OrgId::from_db).collect())
}

/// Takes an address out of the organisation's assignments for people (erasure).
pub async fn forget_address(db: &mut impl Db, org: &OrgId, email: &str) -> Result<()> {
    for a in assignments(db, org).await? {
        let Scope::People(people) = &a.scope else { continue };
        if !people.contains(email) {
            continue;
        }
        let rest: Vec<&String> = people.iter().filter(|p| *p != email).collect();
        if rest.is_empty() {
            exec!(db, |c| sqlx::query("DELETE FROM training_assignments WHERE id = $1").bind(&a.id).execute(c).await)?;
        } else {
            exec!(db, |c| sqlx::query("UPDATE training_assignments SET targets = $1 WHERE id = $2")
                .bind(text(&rest)?)
                .bind(&a.id)
                .execute(c)
                .await)?;
        }
    }
    Ok(())
}
