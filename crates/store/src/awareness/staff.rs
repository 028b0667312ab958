//! The staff list, personal links and learner sessions.

use std::collections::BTreeMap;

use weerbaar_core::OrgId;
use weerbaar_core::awareness::staff::{Known, Person, Plan};
use weerbaar_core::id::new_row_id;

use crate::db::Db;
use crate::{Result, StoreError};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct Staff {
    pub id: String,
    pub org_id: String,
    pub email: String,
    pub name: String,
    pub department: String,
    pub lang: String,
    pub manager_email: Option<String>,
    pub quiet_until: Option<String>,
    pub left_on: Option<String>,
    pub last_mailed: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
}

impl Staff {
    pub fn person(&self) -> Person {
        Person {
            email: self.email.clone(),
            name: self.name.clone(),
            department: self.department.clone(),
            lang: self.lang.clone(),
            manager_email: self.manager_email.clone(),
        }
    }
    pub fn active(&self) -> bool {
        self.left_on.is_none()
    }
}

const COLS: &str = "SELECT id, org_id, email, name, department, lang, manager_email, quiet_until, left_on, last_mailed, \
                    created_at, updated_at, version FROM staff ";

/// Everyone on the list, people who left included, by department and name.
pub async fn list(db: &mut impl Db, org: &OrgId) -> Result<Vec<Staff>> {
    Ok(run!(db, |c| sqlx::query_as::<_, Staff>(sqlx::AssertSqlSafe(format!(
        "{COLS} WHERE org_id = $1 ORDER BY department, name, email"
    )))
    .bind(org.as_str())
    .fetch_all(c)
    .await)?)
}

pub async fn get(db: &mut impl Db, org: &OrgId, id: &str) -> Result<Option<Staff>> {
    Ok(run!(db, |c| sqlx::query_as::<_, Staff>(sqlx::AssertSqlSafe(format!("{COLS} WHERE org_id = $1 AND id = $2")))
        .bind(org.as_str())
        .bind(id)
        .fetch_optional(c)
        .await)?)
}

/// A person by id, whatever the organisation (a learner's own session knows both).
pub async fn by_id(db: &mut impl Db, id: &str) -> Result<Option<Staff>> {
    Ok(run!(db, |c| sqlx::query_as::<_, Staff>(sqlx::AssertSqlSafe(format!("{COLS} WHERE id = $1")))
        .bind(id)
        .fetch_optional(c)
        .await)?)
}

/// Everyone still working with this address, in any organisation.
pub async fn by_email(db: &mut impl Db, email: &str) -> Result<Vec<Staff>> {
    Ok(run!(db, |c| sqlx::query_as::<_, Staff>(sqlx::AssertSqlSafe(format!(
        "{COLS} WHERE email = $1 AND left_on IS NULL ORDER BY org_id"
    )))
    .bind(email)
    .fetch_all(c)
    .await)?)
}

/// The list as a re-import compares it.
pub async fn known(db: &mut impl Db, org: &OrgId) -> Result<BTreeMap<String, Known>> {
    Ok(list(db, org)
        .await?
        .into_iter()
        .map(|s| (s.email.clone(), Known { person: s.person(), left: !s.active() }))
        .collect())
}

/// Applies an import plan in the caller's transaction; `today` is the leaving date.
pub async fn apply(db: &mut impl Db, org: &OrgId, plan: &Plan, today: &str, now: i64) -> Result<()> {
    for chunk in plan.create.chunks(400) {
        exec!(db, |c| {
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO staff (id, org_id, email, name, department, lang, manager_email, created_at, updated_at, version) ",
            );
            q.push_values(chunk, |mut row, p| {
                row.push_bind(new_row_id())
                    .push_bind(org.as_str())
                    .push_bind(&p.email)
                    .push_bind(&p.name)
                    .push_bind(&p.department)
                    .push_bind(&p.lang)
                    .push_bind(&p.manager_email)
                    .push_bind(now)
                    .push_bind(now)
                    .push_bind(1i64);
            });
            q.build().execute(c).await
        })?;
    }
    for p in &plan.update {
        exec!(db, |c| sqlx::query(
            "UPDATE staff SET name = $1, department = $2, lang = $3, manager_email = $4, left_on = NULL, \
             updated_at = $5, version = version + 1 WHERE org_id = $6 AND email = $7"
        )
        .bind(&p.name)
        .bind(&p.department)
        .bind(&p.lang)
        .bind(&p.manager_email)
        .bind(now)
        .bind(org.as_str())
        .bind(&p.email)
        .execute(c)
        .await)?;
    }
    for email in &plan.leave {
        exec!(db, |c| sqlx::query(
            "UPDATE staff SET left_on = $1, updated_at = $2, version = version + 1 \
             WHERE org_id = $3 AND email = $4 AND left_on IS NULL"
        )
        .bind(today)
        .bind(now)
        .bind(org.as_str())
        .bind(email)
        .execute(c)
        .await)?;
        end_sessions_of(db, org, email).await?;
    }
    Ok(())
}

async fn end_sessions_of(db: &mut impl Db, org: &OrgId, email: &str) -> Result<()> {
    for table in ["staff_sessions", "staff_links"] {
        exec!(db, |c| sqlx::query(sqlx::AssertSqlSafe(format!(
            "DELETE FROM {table} WHERE staff_id IN (SELECT id FROM staff WHERE org_id = $1 AND email = $2)"
        )))
        .bind(org.as_str())
        .bind(email)
        .execute(c)
        .await)?;
    }
    Ok(())
}

/// Details changed by hand.
#[derive(Debug, Clone)]
pub struct Edit<'a> {
    pub person: &'a Person,
    pub quiet_until: Option<&'a str>,
    pub left_on: Option<&'a str>,
}

/// Adds one person by hand. `Duplicate("email")` when the address is on the list.
pub async fn create(db: &mut impl Db, org: &OrgId, e: &Edit<'_>, now: i64) -> Result<String> {
    let id = new_row_id();
    let p = e.person;
    let r = exec!(db, |c| sqlx::query(
        "INSERT INTO staff (id, org_id, email, name, department, lang, manager_email, quiet_until, left_on, \
         created_at, updated_at, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, 1)"
    )
    .bind(&id)
    .bind(org.as_str())
    .bind(&p.email)
    .bind(&p.name)
    .bind(&p.department)
    .bind(&p.lang)
    .bind(&p.manager_email)
    .bind(e.quiet_until)
    .bind(e.left_on)
    .bind(now)
    .execute(c)
    .await);
    match r {
        Ok(_) => Ok(id),
        Err(sqlx::Error::Database(d)) if d.is_unique_violation() => Err(StoreError::Duplicate("email")),
        Err(x) => Err(x.into()),
    }
}

/// Changes one person if `version` is still current (`Conflict` otherwise). A new
/// address or a date of leaving ends the person's links and sessions: the learner
/// identity follows the mailbox.
pub async fn update(db: &mut impl Db, org: &OrgId, id: &str, e: &Edit<'_>, version: i64, now: i64) -> Result<()> {
    let p = e.person;
    let before = get(db, org, id).await?;
    let r = exec!(db, |c| sqlx::query(
        "UPDATE staff SET email = $1, name = $2, department = $3, lang = $4, manager_email = $5, quiet_until = $6, \
         left_on = $7, updated_at = $8, version = version + 1 WHERE org_id = $9 AND id = $10 AND version = $11"
    )
    .bind(&p.email)
    .bind(&p.name)
    .bind(&p.department)
    .bind(&p.lang)
    .bind(&p.manager_email)
    .bind(e.quiet_until)
    .bind(e.left_on)
    .bind(now)
    .bind(org.as_str())
    .bind(id)
    .bind(version)
    .execute(c)
    .await);
    match r {
        Ok(1) => {}
        Ok(_) => {
            return Err(if get(db, org, id).await?.is_some() { StoreError::Conflict } else { StoreError::NotFound });
        }
        Err(sqlx::Error::Database(d)) if d.is_unique_violation() => return Err(StoreError::Duplicate("email")),
        Err(x) => return Err(x.into()),
    }
    if e.left_on.is_some() || before.is_some_and(|b| b.email != p.email) {
        end_sessions_of(db, org, &p.email).await?;
    }
    Ok(())
}

/// Notes that a training mail went out today.
pub async fn set_last_mailed(db: &mut impl Db, id: &str, day: &str) -> Result<()> {
    exec!(db, |c| sqlx::query("UPDATE staff SET last_mailed = $1 WHERE id = $2").bind(day).bind(id).execute(c).await)?;
    Ok(())
}

/// Claims today's training mail for a person: true when `last_mailed` was still
/// `before`, so two servers running the reminders at once send it only once.
pub async fn claim_mail(db: &mut impl Db, id: &str, before: Option<&str>, day: &str) -> Result<bool> {
    let n = exec!(db, |c| sqlx::query(
        "UPDATE staff SET last_mailed = $1 WHERE id = $2 AND \
         ((last_mailed IS NULL AND $3 IS NULL) OR last_mailed = $3)"
    )
    .bind(day)
    .bind(id)
    .bind(before)
    .execute(c)
    .await)?;
    Ok(n == 1)
}

/// People who left, with their organisation's retention period in months.
pub async fn leavers(db: &mut impl Db) -> Result<Vec<(String, String, Option<i64>)>> {
    Ok(run!(db, |c| sqlx::query_as(
        "SELECT s.id, s.left_on, a.retention_months FROM staff s \
         LEFT JOIN awareness_settings a ON a.org_id = s.org_id WHERE s.left_on IS NOT NULL"
    )
    .fetch_all(c)
    .await)?)
}

/// Erases a person: the row goes, progress and campaign rows keep only the department,
/// and the address leaves the lists of assignments and campaigns that named it (an
/// assignment for that person alone goes).
pub async fn erase(db: &mut impl Db, id: &str) -> Result<()> {
    let Some(s) = by_id(db, id).await? else { return Ok(()) };
    let org = OrgId::from_db(s.org_id.clone());
    crate::awareness::training::forget_address(db, &org, &s.email).await?;
    crate::awareness::campaigns::forget_address(db, &org, &s.email).await?;
    exec!(db, |c| sqlx::query("DELETE FROM staff WHERE id = $1").bind(id).execute(c).await)?;
    Ok(())
}

/// Stores a new personal link (its hash).
pub async fn create_link(db: &mut impl Db, s: &Staff, token_hash: &str, now: i64, expires_at: i64) -> Result<()> {
    insert_token(db, "staff_links", s, token_hash, now, expires_at).await
}

/// A link or a session: the hash of its token, whose it is, until when.
async fn insert_token(
    db: &mut impl Db,
    table: &'static str,
    s: &Staff,
    token_hash: &str,
    now: i64,
    expires_at: i64,
) -> Result<()> {
    exec!(db, |c| sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO {table} (token_hash, staff_id, org_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)"
    )))
    .bind(token_hash)
    .bind(&s.id)
    .bind(&s.org_id)
    .bind(now)
    .bind(expires_at)
    .execute(c)
    .await)?;
    Ok(())
}

/// Whether a link can still be used (for the page that asks to press "start").
pub async fn link_usable(db: &mut impl Db, token_hash: &str, now: i64) -> Result<bool> {
    let n: i64 = run!(db, |c| sqlx::query_scalar(
        "SELECT COUNT(*) FROM staff_links WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2"
    )
    .bind(token_hash)
    .bind(now)
    .fetch_one(c)
    .await)?;
    Ok(n > 0)
}

/// Uses a link once: the person it belongs to, or None when it was used, expired or unknown.
pub async fn use_link(db: &mut impl Db, token_hash: &str, now: i64) -> Result<Option<Staff>> {
    let changed = exec!(db, |c| sqlx::query(
        "UPDATE staff_links SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1"
    )
    .bind(now)
    .bind(token_hash)
    .execute(c)
    .await)?;
    if changed != 1 {
        return Ok(None);
    }
    let id: String = run!(db, |c| sqlx::query_scalar("SELECT staff_id FROM staff_links WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_one(c)
        .await)?;
    Ok(by_id(db, &id).await?.filter(Staff::active))
}

pub async fn create_session(db: &mut impl Db, s: &Staff, token_hash: &str, now: i64, expires_at: i64) -> Result<()> {
    insert_token(db, "staff_sessions", s, token_hash, now, expires_at).await
}

/// The person of a learner session that has not expired.
pub async fn session(db: &mut impl Db, token_hash: &str, now: i64) -> Result<Option<Staff>> {
    let id: Option<String> = run!(db, |c| sqlx::query_scalar(
        "SELECT staff_id FROM staff_sessions WHERE token_hash = $1 AND expires_at > $2"
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(c)
    .await)?;
    match id {
        Some(id) => Ok(by_id(db, &id).await?.filter(Staff::active)),
        None => Ok(None),
    }
}

pub async fn end_session(db: &mut impl Db, token_hash: &str) -> Result<()> {
    exec!(db, |c| sqlx::query("DELETE FROM staff_sessions WHERE token_hash = $1").bind(token_hash).execute(c).await)?;
    Ok(())
}

/// Removes expired links and sessions.
pub async fn purge(db: &mut impl Db, now: i64) -> Result<u64> {
    let a = exec!(db, |c| sqlx::query("DELETE FROM staff_links WHERE expires_at < $1").bind(now).execute(c).await)?;
    let b = exec!(db, |c| sqlx::query("DELETE FROM staff_sessions WHERE expires_at < $1").bind(now).execute(c).await)?;
    Ok(a + b)
}

/// Keeps an uploaded list until its preview is confirmed; returns its id.
pub async fn keep_pending(
    db: &mut impl Db,
    org: &OrgId,
    user: &str,
    data: &str,
    mark_leavers: bool,
    now: i64,
) -> Result<String> {
    let id = new_row_id();
    exec!(db, |c| sqlx::query("DELETE FROM staff_pending_imports WHERE created_at < $1")
        .bind(now - 86_400_000)
        .execute(c)
        .await)?;
    exec!(db, |c| {
        sqlx::query(
        "INSERT INTO staff_pending_imports (id, org_id, user_id, data, mark_leavers, created_at) VALUES ($1, $2, $3, $4, $5, $6)"
    )
    .bind(&id)
    .bind(org.as_str())
    .bind(user)
    .bind(data)
    .bind(mark_leavers)
    .bind(now)
    .execute(c)
    .await
    })?;
    Ok(id)
}

/// Takes this person's pending list (it is removed): its text and the leavers choice.
pub async fn take_pending(db: &mut impl Db, org: &OrgId, user: &str, id: &str) -> Result<Option<(String, bool)>> {
    let row: Option<(String, bool)> = run!(db, |c| sqlx::query_as(
        "SELECT data, mark_leavers FROM staff_pending_imports WHERE id = $1 AND org_id = $2 AND user_id = $3"
    )
    .bind(id)
    .bind(org.as_str())
    .bind(user)
    .fetch_optional(c)
    .await)?;
    if row.is_some() {
        exec!(db, |c| sqlx::query("DELETE FROM staff_pending_imports WHERE id = $1").bind(id).execute(c).await)?;
    }
    Ok(row)
}

/// When the person's latest link was made.
pub async fn last_link_at(db: &mut impl Db, staff_id: &str) -> Result<Option<i64>> {
    Ok(run!(db, |c| sqlx::query_scalar("SELECT MAX(created_at) FROM staff_links WHERE staff_id = $1")
        .bind(staff_id)
        .fetch_one(c)
        .await)?)
}
