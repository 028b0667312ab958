//! Carrying out an import: the plan comes from `core::findings::reconcile`.

use jiff::civil::Date;
use weerbaar_core::OrgId;
use weerbaar_core::findings::reconcile::{Known, Plan};
use weerbaar_core::findings::{Finding, Status};
use weerbaar_core::id::new_row_id;
use weerbaar_core::now_ms;

use crate::Result;
use crate::db::Db;

/// The engagement's findings that came from an import (they have a fingerprint).
pub async fn known(db: &mut impl Db, org: &OrgId, engagement: &str) -> Result<Vec<Known>> {
    let rows: Vec<(String, String, String, bool)> = run!(db, |c| sqlx::query_as(
        "SELECT id, fingerprint, status, not_seen FROM findings WHERE org_id = $1 AND engagement_id = $2 \
         AND fingerprint IS NOT NULL ORDER BY id"
    )
    .bind(org.as_str())
    .bind(engagement)
    .fetch_all(c)
    .await)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, fingerprint, status, not_seen)| {
            Some(Known { id, fingerprint, status: Status::parse(&status)?, not_seen })
        })
        .collect())
}

/// What an import did, as its answer reports it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub created: usize,
    pub unchanged: usize,
    pub reopened: usize,
    pub not_seen: usize,
}

impl Counts {
    pub fn of(p: &Plan) -> Counts {
        Counts {
            created: p.create.len(),
            unchanged: p.unchanged.len(),
            reopened: p.reopen.len(),
            not_seen: p.not_seen.len(),
        }
    }
}

/// Carries out `plan`: `new` are the findings to create (already checked), in plan order.
#[allow(clippy::too_many_arguments)]
pub async fn apply_import(
    db: &mut impl Db,
    org: &OrgId,
    engagement: &str,
    plan: &Plan,
    new: &[Finding],
    policy: &weerbaar_core::findings::deadline::Policy,
    today: Date,
    actor: &str,
    format: &str,
    sha256: &str,
) -> Result<Counts> {
    let created = super::insert_many(db, org, new).await?;
    let events: Vec<(&str, &str, Option<Status>, &str)> =
        created.iter().map(|f| (f.id.as_str(), "created", Some(f.status), format)).collect();
    super::add_events(db, org, actor, &events).await?;
    for (id, from, to) in &plan.reopen {
        // Reopened: the deadline starts again when it comes back as confirmed.
        let (confirmed, due) = if *to == Status::Confirmed {
            let sev: Option<String> =
                run!(db, |c| sqlx::query_scalar("SELECT severity FROM findings WHERE org_id = $1 AND id = $2")
                    .bind(org.as_str())
                    .bind(id)
                    .fetch_optional(c)
                    .await)?;
            let sev = sev.as_deref().and_then(weerbaar_core::findings::Severity::parse);
            (Some(today.to_string()), sev.and_then(|s| policy.due(s, today)).map(|d| d.to_string()))
        } else {
            (None, None)
        };
        exec!(db, |c| {
            sqlx::query(
            "UPDATE findings SET status = $1, closed_on = NULL, not_seen = FALSE, confirmed_on = COALESCE($2, confirmed_on), \
             due_on = COALESCE($3, due_on), updated_at = $4, version = version + 1 WHERE org_id = $5 AND id = $6"
        )
        .bind(to.as_str())
        .bind(confirmed)
        .bind(due)
        .bind(now_ms())
        .bind(org.as_str())
        .bind(id)
        .execute(c)
        .await
        })?;
        super::add_event(db, org, id, actor, "import_reopened", Some(*from), Some(*to), format).await?;
    }
    for (ids, flag, kind) in [(&plan.flag, true, "import_not_seen"), (&plan.unflag, false, "import_seen")] {
        for id in ids {
            exec!(db, |c| {
                sqlx::query(
                "UPDATE findings SET not_seen = $1, updated_at = $2, version = version + 1 WHERE org_id = $3 AND id = $4"
            )
            .bind(flag)
            .bind(now_ms())
            .bind(org.as_str())
            .bind(id)
            .execute(c)
            .await
            })?;
            super::add_event(db, org, id, actor, kind, None, None, format).await?;
        }
    }
    let counts = Counts::of(plan);
    if plan.changes() {
        exec!(db, |c| {
            sqlx::query(
            "INSERT INTO finding_imports (id, org_id, engagement_id, format, file_sha256, at, actor, created, unchanged, reopened, \
             not_seen) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
        )
        .bind(new_row_id())
        .bind(org.as_str())
        .bind(engagement)
        .bind(format)
        .bind(sha256)
        .bind(now_ms())
        .bind(actor)
        .bind(counts.created as i64)
        .bind(counts.unchanged as i64)
        .bind(counts.reopened as i64)
        .bind(counts.not_seen as i64)
        .execute(c)
        .await
        })?;
    }
    Ok(counts)
}
