//! An import from file to register, the steps the web (form and API) and the CLI take:
//! read the file (weerbaar-scan), check every result with the register's rules, plan
//! with `core::findings::reconcile`, and (unless it is a preview) carry the plan out.

use jiff::civil::Date;
use sha2::Digest;
use weerbaar_core::OrgId;
use weerbaar_core::findings::edit::{Ctx, check};
use weerbaar_core::findings::{Finding, Severity, Source, reconcile};
use weerbaar_core::validation::FieldError;
use weerbaar_scan::{Format, Problem, Unusable};

use super::Counts;
use crate::db::Db;
use crate::{Result, StoreError};

/// What an import found (a preview) or did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub counts: Counts,
    /// The file's results per severity (as `Severity::ALL`).
    pub by_severity: [usize; 5],
    pub results: usize,
    pub dry_run: bool,
    /// Whether it changes (or changed) the register at all.
    pub changes: bool,
}

#[derive(Debug)]
pub enum ImportFailure {
    Unusable(Unusable),
    /// Results the register's rules refuse: where, and the field error.
    Invalid(Vec<(String, FieldError)>),
    Store(StoreError),
}

impl From<StoreError> for ImportFailure {
    fn from(e: StoreError) -> Self {
        ImportFailure::Store(e)
    }
}

/// The most problems an answer lists.
pub const PROBLEMS_MAX: usize = 100;

#[allow(clippy::too_many_arguments)]
pub async fn run_import(
    db: &mut impl Db,
    org: &OrgId,
    engagement: &str,
    format: Format,
    bytes: &[u8],
    dry_run: bool,
    actor: &str,
    today: Date,
) -> std::result::Result<ImportReport, ImportFailure> {
    let results = weerbaar_scan::parse_checked(format, bytes).map_err(ImportFailure::Unusable)?;
    let mut problems = Vec::new();
    let mut checked = Vec::with_capacity(results.len());
    let mut by_severity = [0usize; 5];
    for r in &results {
        let ctx = Ctx { engagement_exists: &|_| true, resource_exists: &|_| false };
        match check(&r.draft, &ctx) {
            Ok(f) => {
                by_severity[Severity::ALL.iter().position(|s| *s == f.severity).unwrap_or(4)] += 1;
                checked.push(Some(f));
            }
            Err(errs) => {
                for e in errs.iter() {
                    if problems.len() < PROBLEMS_MAX {
                        problems.push((r.at.clone(), e.clone()));
                    }
                }
                checked.push(None);
            }
        }
    }
    if !problems.is_empty() {
        return Err(ImportFailure::Invalid(problems));
    }
    let known = super::known(db, org, engagement).await?;
    let fps: Vec<&str> = results.iter().map(|r| r.fingerprint.as_str()).collect();
    let plan = reconcile::plan(&known, &fps, format.as_str());
    let report = ImportReport {
        counts: Counts::of(&plan),
        by_severity,
        results: results.len(),
        dry_run,
        changes: plan.changes(),
    };
    if dry_run {
        return Ok(report);
    }
    let mut new = Vec::with_capacity(plan.create.len());
    for &i in &plan.create {
        let Some(f) = checked[i].take() else { continue };
        let mut f = Finding::new(f, Source::Import, Some(results[i].fingerprint.clone()));
        f.engagement_id = Some(engagement.to_string());
        new.push(f);
    }
    let (policy, _) = super::policy(db, org).await?;
    let sha = hex::encode(sha2::Sha256::digest(bytes));
    let counts =
        super::apply_import(db, org, engagement, &plan, &new, &policy, today, actor, format.as_str(), &sha).await?;
    Ok(ImportReport { counts, ..report })
}

/// Keeps an uploaded file until its preview is confirmed; returns its id.
pub async fn keep_pending(
    db: &mut impl Db,
    org: &OrgId,
    engagement: &str,
    user: &weerbaar_core::UserId,
    format: Format,
    bytes: &[u8],
) -> Result<String> {
    let id = weerbaar_core::id::new_row_id();
    let day_ago = weerbaar_core::now_ms() - 86_400_000;
    exec!(db, |c| sqlx::query("DELETE FROM finding_pending_imports WHERE created_at < $1")
        .bind(day_ago)
        .execute(c)
        .await)?;
    exec!(db, |c| sqlx::query(
        "INSERT INTO finding_pending_imports (id, org_id, engagement_id, user_id, format, data, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)"
    )
    .bind(&id)
    .bind(org.as_str())
    .bind(engagement)
    .bind(user.as_str())
    .bind(format.as_str())
    .bind(bytes)
    .bind(weerbaar_core::now_ms())
    .execute(c)
    .await)?;
    Ok(id)
}

/// Takes a pending upload of this person (it is removed): its format and bytes.
pub async fn take_pending(
    db: &mut impl Db,
    org: &OrgId,
    engagement: &str,
    user: &weerbaar_core::UserId,
    id: &str,
) -> Result<Option<(Format, Vec<u8>)>> {
    let row: Option<(String, Vec<u8>)> = run!(db, |c| {
        sqlx::query_as(
        "SELECT format, data FROM finding_pending_imports WHERE id = $1 AND org_id = $2 AND engagement_id = $3 AND user_id = $4"
    )
    .bind(id)
    .bind(org.as_str())
    .bind(engagement)
    .bind(user.as_str())
    .fetch_optional(c)
    .await
    })?;
    let Some((format, data)) = row else { return Ok(None) };
    exec!(db, |c| sqlx::query("DELETE FROM finding_pending_imports WHERE id = $1").bind(id).execute(c).await)?;
    Ok(Format::parse(&format).map(|f| (f, data)))
}

/// Where a problem of a file is and what it is, for messages.
pub fn problem_of(p: &Problem) -> (String, &'static str, Vec<(&'static str, String)>) {
    (p.at.clone(), p.code, p.args.clone())
}
