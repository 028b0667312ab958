//! The plan as a whole: its header (scope, scale, status, review), loading, inserting and
//! replacing it, and what every edit does first (`begin_edit`).

use crate::db::Db;
use crate::json::parse;
use crate::{Result, StoreError};
use jiff::civil::Date;
use weerbaar_core::bcp::edit::header;
use weerbaar_core::bcp::model::*;
use weerbaar_core::bcp::workflow::{self, EditStart};
use weerbaar_core::{OrgId, now_ms};

use super::*;

#[derive(sqlx::FromRow)]
pub(crate) struct PlanRow {
    pub(crate) id: String,
    pub(crate) status: String,
    pub(crate) language: String,
    pub(crate) scope: String,
    pub(crate) objectives: String,
    pub(crate) assumptions: String,
    pub(crate) owner_name: String,
    pub(crate) owner_email: String,
    pub(crate) classification: String,
    pub(crate) approval_body: Option<String>,
    pub(crate) approval_date: Option<String>,
    pub(crate) approval_reference: Option<String>,
    pub(crate) next_review: Option<String>,
    pub(crate) own_domains: String,
    pub(crate) scale: String,
    pub(crate) version_label: String,
    pub(crate) version: i64,
    pub(crate) core_rev: String,
}

impl PlanRow {
    fn into_header(self) -> Result<PlanHeader> {
        let approval = match (self.approval_body, date("approval_date", self.approval_date)?, self.approval_reference) {
            (Some(body), Some(decision_date), reference) => {
                Some(Approval { body, decision_date, reference: reference.unwrap_or_default() })
            }
            _ => None,
        };
        Ok(PlanHeader {
            id: self.id,
            status: PlanStatus::parse(&self.status)
                .ok_or_else(|| StoreError::Corrupt(format!("plan status {}", self.status)))?,
            language: self.language,
            scope: self.scope,
            objectives: self.objectives,
            assumptions: self.assumptions,
            owner_name: self.owner_name,
            owner_email: self.owner_email,
            classification: self.classification,
            approval,
            next_review: date("next_review", self.next_review)?,
            own_domains: parse("own_domains", &self.own_domains)?,
            scale: parse("scale", &self.scale)?,
            version_label: self.version_label,
            version: self.version,
        })
    }
}

pub(crate) const PLAN_COLS: &str = "SELECT id, status, language, scope, objectives, assumptions, owner_name, owner_email, classification, \
     approval_body, approval_date, approval_reference, next_review, own_domains, scale, version_label, version, core_rev FROM bcp_plans ";

pub async fn header(db: &mut impl Db, org: &OrgId) -> Result<Option<PlanHeader>> {
    let row: Option<PlanRow> =
        run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!("{PLAN_COLS} WHERE org_id = $1")))
            .bind(org.as_str())
            .fetch_optional(c)
            .await)?;
    row.map(PlanRow::into_header).transpose()
}

/// The header and the revision of the plan's activities, resources and links.
pub(crate) async fn header_with_rev(db: &mut impl Db, org: &OrgId) -> Result<Option<(PlanHeader, String)>> {
    let row: Option<PlanRow> =
        run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!("{PLAN_COLS} WHERE org_id = $1")))
            .bind(org.as_str())
            .fetch_optional(c)
            .await)?;
    row.map(|r| {
        let rev = r.core_rev.clone();
        r.into_header().map(|h| (h, rev))
    })
    .transpose()
}

/// The organisation that owns a plan (for routes that name the plan).
pub async fn org_of(db: &mut impl Db, plan_id: &str) -> Result<Option<OrgId>> {
    let v: Option<String> = run!(db, |c| sqlx::query_scalar("SELECT org_id FROM bcp_plans WHERE id = $1")
        .bind(plan_id)
        .fetch_optional(c)
        .await)?;
    Ok(v.map(OrgId::from_db))
}

/// The whole plan.
pub async fn load(db: &mut impl Db, org: &OrgId) -> Result<Option<Plan>> {
    let Some(mut p) = load_core(db, org).await? else { return Ok(None) };
    p.crisis = crisis(db, org).await?;
    p.roles = roles(db, org).await?;
    p.playbooks = playbooks(db, org).await?;
    p.stakeholders = stakeholders(db, org).await?;
    p.messages = messages(db, org).await?;
    p.exercises = exercises(db, org).await?;
    Ok(Some(p))
}

/// Inserts a complete plan for an organisation that has none (template adoption, import).
pub async fn insert(db: &mut impl Db, org: &OrgId, p: &Plan) -> Result<()> {
    let now = now_ms();
    let h = &p.header;
    exec!(db, |c| sqlx::query(
        "INSERT INTO bcp_plans (id, org_id, status, language, scope, objectives, assumptions, owner_name, owner_email, classification, \
         approval_body, approval_date, approval_reference, next_review, own_domains, scale, version_label, created_at, updated_at, version) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18, 1)"
    )
    .bind(&h.id)
    .bind(org.as_str())
    .bind(h.status.as_str())
    .bind(&h.language)
    .bind(&h.scope)
    .bind(&h.objectives)
    .bind(&h.assumptions)
    .bind(&h.owner_name)
    .bind(&h.owner_email)
    .bind(&h.classification)
    .bind(h.approval.as_ref().map(|a| a.body.clone()))
    .bind(h.approval.as_ref().map(|a| a.decision_date.to_string()))
    .bind(h.approval.as_ref().map(|a| a.reference.clone()))
    .bind(h.next_review.map(|d| d.to_string()))
    .bind(crate::json::text(&h.own_domains)?)
    .bind(crate::json::text(&h.scale)?)
    .bind(&h.version_label)
    .bind(now)
    .execute(c)
    .await)
    .map_err(|e| StoreError::unique(e, "plan"))?;
    for a in &p.activities {
        insert_activity(db, org, &h.id, a).await?;
    }
    for r in &p.resources {
        insert_resource(db, org, &h.id, r).await?;
    }
    super::links::insert_many(db, org, super::links::LinkKind::Needs, &p.activity_resources).await?;
    super::links::insert_many(db, org, super::links::LinkKind::DependsOn, &p.resource_deps).await?;
    let c = &p.crisis;
    let data = CrisisData {
        activation_criteria: c.activation_criteria.clone(),
        who_may_activate: c.who_may_activate.clone(),
        call_tree: c.call_tree.clone(),
        meeting_primary: c.meeting_primary.clone(),
        meeting_alternate: c.meeting_alternate.clone(),
        handover_criteria: c.handover_criteria.clone(),
        handover_explanation: c.handover_explanation.clone(),
    };
    exec!(db, |x| sqlx::query("INSERT INTO bcp_crisis (plan_id, org_id, data, version) VALUES ($1, $2, $3, 1)")
        .bind(&h.id)
        .bind(org.as_str())
        .bind(crate::json::text(&data)?)
        .execute(x)
        .await)?;
    for r in &p.roles {
        exec!(db, |x| {
            sqlx::query(
            "INSERT INTO bcp_roles (id, plan_id, org_id, position, role_key, name, tasks, primary_contact, deputy_contact, version) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1)"
        )
        .bind(&r.id)
        .bind(&h.id)
        .bind(org.as_str())
        .bind(r.position)
        .bind(&r.key)
        .bind(&r.name)
        .bind(crate::json::text(&r.tasks)?)
        .bind(crate::json::text(&r.primary)?)
        .bind(crate::json::text(&r.deputy)?)
        .execute(x)
        .await
        })?;
    }
    for b in &p.playbooks {
        exec!(db, |x| {
            sqlx::query(
            "INSERT INTO bcp_playbooks (id, plan_id, org_id, position, scenario, data, version) VALUES ($1, $2, $3, $4, $5, $6, 1)"
        )
        .bind(&b.id)
        .bind(&h.id)
        .bind(org.as_str())
        .bind(b.position)
        .bind(&b.scenario)
        .bind(crate::json::text(&playbook_data(b))?)
        .execute(x)
        .await
        })?;
    }
    for s in &p.stakeholders {
        exec!(db, |x| {
            sqlx::query(
            "INSERT INTO bcp_stakeholders (id, plan_id, org_id, position, audience, channel, owner, version) VALUES ($1, $2, $3, $4, $5, $6, $7, 1)"
        )
        .bind(&s.id)
        .bind(&h.id)
        .bind(org.as_str())
        .bind(s.position)
        .bind(&s.audience)
        .bind(&s.channel)
        .bind(&s.owner)
        .execute(x)
        .await
        })?;
    }
    for m in &p.messages {
        exec!(db, |x| {
            sqlx::query(
            "INSERT INTO bcp_messages (id, plan_id, org_id, position, scenario, phase, audience, channel, subject, body, version) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1)"
        )
        .bind(&m.id)
        .bind(&h.id)
        .bind(org.as_str())
        .bind(m.position)
        .bind(&m.scenario)
        .bind(&m.phase)
        .bind(&m.audience)
        .bind(&m.channel)
        .bind(&m.subject)
        .bind(&m.body)
        .execute(x)
        .await
        })?;
    }
    for e in &p.exercises {
        insert_exercise(db, org, &h.id, e).await?;
    }
    touch_core(db, org).await?;
    changed(db, org).await
}

/// Removes the plan and every part of it (the audit log keeps what happened).
/// Replaces an organisation's working plan by `p` (an import): the plan keeps its id, so
/// links to it stay valid, and its kept versions (submitted and approved snapshots).
/// Returns the plan's id.
pub async fn replace(db: &mut impl Db, org: &OrgId, p: &Plan) -> Result<String> {
    let Some(old) = header(db, org).await? else {
        insert(db, org, p).await?;
        return Ok(p.header.id.clone());
    };
    let stamp = content_stamp(db, org).await?.unwrap_or(0);
    type VersionRow = (String, String, String, String, String, i64);
    let kept: Vec<VersionRow> = run!(db, |c| {
        sqlx::query_as(
        "SELECT id, label, status, document, created_by, created_at FROM bcp_plan_versions WHERE org_id = $1 ORDER BY created_at, id"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await
    })?;
    delete(db, org).await?;
    let mut p = p.clone();
    p.header.id = old.id.clone();
    insert(db, org, &p).await?;
    for (id, label, status, document, by, at) in &kept {
        exec!(db, |c| {
            sqlx::query(
            "INSERT INTO bcp_plan_versions (id, plan_id, org_id, label, status, document, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
        )
        .bind(id)
        .bind(&old.id)
        .bind(org.as_str())
        .bind(label)
        .bind(status)
        .bind(document)
        .bind(by)
        .bind(*at)
        .execute(c)
        .await
        })?;
    }
    // The replaced plan's stamp moves on from the old one's, never back.
    exec!(db, |c| sqlx::query("UPDATE bcp_plans SET updated_at = $1 WHERE org_id = $2 AND updated_at <= $1")
        .bind(stamp)
        .bind(org.as_str())
        .execute(c)
        .await)?;
    changed(db, org).await?;
    Ok(old.id)
}

pub async fn delete(db: &mut impl Db, org: &OrgId) -> Result<()> {
    exec!(db, |c| sqlx::query("DELETE FROM bcp_plans WHERE org_id = $1").bind(org.as_str()).execute(c).await)?;
    Ok(())
}

/// Every edit starts here, in the edit's transaction: a submitted plan is locked; an
/// approved plan becomes a new draft version (the approved snapshot stays).
pub async fn begin_edit(db: &mut impl Db, org: &OrgId) -> Result<PlanHeader> {
    let h = header(db, org).await?.ok_or(StoreError::NotFound)?;
    match workflow::begin_edit(&h) {
        EditStart::Locked => Err(StoreError::PlanLocked),
        EditStart::NewDraft(label) => {
            exec!(db, |c| sqlx::query("UPDATE bcp_plans SET status = 'draft', version_label = $1 WHERE org_id = $2")
                .bind(&label)
                .bind(org.as_str())
                .execute(c)
                .await)?;
            changed(db, org).await?;
            Ok(PlanHeader { status: PlanStatus::Draft, version_label: label, ..h })
        }
        EditStart::Continue => {
            changed(db, org).await?;
            Ok(h)
        }
    }
}

/// The plan's own fields (step 1), as `core::bcp::edit::header` checked them.
pub async fn update_header(db: &mut impl Db, org: &OrgId, expected: i64, f: &header::Fields) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE bcp_plans SET scope = $1, objectives = $2, assumptions = $3, owner_name = $4, owner_email = $5, classification = $6, \
         next_review = $7, own_domains = $8, review_reminded_at = NULL, version = version + 1 \
         WHERE org_id = $9 AND version = $10"
    )
    .bind(&f.scope)
    .bind(&f.objectives)
    .bind(&f.assumptions)
    .bind(&f.owner_name)
    .bind(&f.owner_email)
    .bind(&f.classification)
    .bind(f.next_review.map(|d| d.to_string()))
    .bind(crate::json::text(&f.own_domains)?)
    .bind(org.as_str())
    .bind(expected)
    .execute(c)
    .await
    })?;
    if n != 1 {
        return Err(StoreError::Conflict);
    }
    changed(db, org).await
}

/// Sets the next review date alone (the approval's default); the reminder is due again.
pub async fn set_next_review(db: &mut impl Db, org: &OrgId, date: Date) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
            "UPDATE bcp_plans SET next_review = $1, review_reminded_at = NULL, version = version + 1 WHERE org_id = $2",
        )
        .bind(date.to_string())
        .bind(org.as_str())
        .execute(c)
        .await
    })?;
    if n != 1 {
        return Err(StoreError::NotFound);
    }
    changed(db, org).await
}

/// Saves a new scale; activities' impact grids are reshaped to the number of windows.
pub async fn update_scale(db: &mut impl Db, org: &OrgId, expected: i64, scale: &Scale) -> Result<()> {
    let n = exec!(db, |c| sqlx::query(
        "UPDATE bcp_plans SET scale = $1, version = version + 1 WHERE org_id = $2 AND version = $3"
    )
    .bind(crate::json::text(scale)?)
    .bind(org.as_str())
    .bind(expected)
    .execute(c)
    .await)?;
    if n != 1 {
        return Err(StoreError::Conflict);
    }
    for a in activities(db, org).await? {
        let reshaped = a.impacts.resized(scale.windows_hours.len());
        if reshaped != a.impacts {
            exec!(db, |c| sqlx::query(
                "UPDATE bcp_activities SET impacts = $1, version = version + 1 WHERE org_id = $2 AND id = $3"
            )
            .bind(crate::json::text(&reshaped)?)
            .bind(org.as_str())
            .bind(&a.id)
            .execute(c)
            .await)?;
        }
    }
    touch_core(db, org).await?;
    changed(db, org).await
}

pub async fn set_status(db: &mut impl Db, org: &OrgId, status: PlanStatus, approval: Option<&Approval>) -> Result<()> {
    exec!(db, |c| {
        sqlx::query(
        "UPDATE bcp_plans SET status = $1, approval_body = COALESCE($2, approval_body), approval_date = COALESCE($3, approval_date), \
         approval_reference = COALESCE($4, approval_reference) WHERE org_id = $5"
    )
    .bind(status.as_str())
    .bind(approval.map(|a| a.body.clone()))
    .bind(approval.map(|a| a.decision_date.to_string()))
    .bind(approval.map(|a| a.reference.clone()))
    .bind(org.as_str())
    .execute(c)
    .await
    })?;
    changed(db, org).await
}

/// Plans whose review date is within `days` (or past) and whose owner has not been
/// reminded since the date was set: (organisation, owner e-mail, review date, language).
pub async fn due_for_review_reminder(
    db: &mut impl Db,
    today: Date,
    days: i64,
) -> Result<Vec<(OrgId, String, Date, String)>> {
    let limit = today.checked_add(jiff::Span::new().days(days)).unwrap_or(today).to_string();
    let rows: Vec<(String, String, String, String)> = run!(db, |c| {
        sqlx::query_as(
        "SELECT org_id, owner_email, next_review, language FROM bcp_plans WHERE next_review IS NOT NULL AND next_review <= $1 \
         AND review_reminded_at IS NULL AND owner_email <> ''"
    )
    .bind(&limit)
    .fetch_all(c)
    .await
    })?;
    Ok(rows.into_iter().filter_map(|(o, e, d, l)| Some((OrgId::from_db(o), e, d.parse().ok()?, l))).collect())
}

/// Marks the reminder as sent; false when another process already did (so only one
/// of several servers sends it).
pub async fn mark_review_reminded(db: &mut impl Db, org: &OrgId) -> Result<bool> {
    let n = exec!(db, |c| sqlx::query(
        "UPDATE bcp_plans SET review_reminded_at = $1 WHERE org_id = $2 AND review_reminded_at IS NULL"
    )
    .bind(now_ms())
    .bind(org.as_str())
    .execute(c)
    .await)?;
    Ok(n == 1)
}

/// The job that rebuilds an organisation's grab pack (payload: `{"org": id}`).
pub const PACK_JOB: &str = "plan_pack";
/// Changes within this long are one rebuild: a person saving step after step does not
/// start a render per click.
pub const PACK_DEBOUNCE_MS: i64 = 15_000;

/// The plan's content stamp: it moves, strictly, with every change to any part, so a
/// document built from the plan is current exactly while the stamp is the same.
pub async fn content_stamp(db: &mut impl Db, org: &OrgId) -> Result<Option<i64>> {
    Ok(run!(db, |c| sqlx::query_scalar("SELECT updated_at FROM bcp_plans WHERE org_id = $1")
        .bind(org.as_str())
        .fetch_optional(c)
        .await)?)
}

/// Every change to a plan: the content stamp moves on, and the grab pack is due to be
/// rebuilt once the changes settle.
pub(crate) async fn changed(db: &mut impl Db, org: &OrgId) -> Result<()> {
    let now = now_ms();
    exec!(db, |c| sqlx::query(
        "UPDATE bcp_plans SET updated_at = CASE WHEN $1 > updated_at THEN $1 ELSE updated_at + 1 END WHERE org_id = $2"
    )
    .bind(now)
    .bind(org.as_str())
    .execute(c)
    .await)?;
    crate::jobs::schedule_once(db, PACK_JOB, &serde_json::json!({ "org": org.as_str() }), now + PACK_DEBOUNCE_MS)
        .await?;
    Ok(())
}
