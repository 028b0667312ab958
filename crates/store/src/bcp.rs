//! Business continuity plans: one working plan per organisation, stored part by part so
//! that two editors of different parts never collide, and each part carries a version.
//! Every query names the organisation.

use std::collections::HashMap;
use std::sync::Arc;

use jiff::civil::Date;
use weerbaar_core::bcp::analysed::Analysed;
use weerbaar_core::bcp::edit::header;
use weerbaar_core::bcp::model::*;
use weerbaar_core::bcp::workflow::{self, EditStart};
use weerbaar_core::id::new_row_id;
use weerbaar_core::{OrgId, now_ms};

use crate::db::Db;
use crate::json::parse;
use crate::{Result, StoreError};

/// A stored date; one that does not read back is corrupt data, not "no date".
fn date(what: &str, s: Option<String>) -> Result<Option<Date>> {
    s.map(|d| d.parse().map_err(|_| StoreError::Corrupt(format!("{what}: {d}")))).transpose()
}

/// A stored number of hours or people.
fn hours(what: &str, v: Option<i64>) -> Result<Option<u32>> {
    v.map(|h| u32::try_from(h).map_err(|_| StoreError::Corrupt(format!("{what}: {h}")))).transpose()
}

/// A stored choice (kind, status …) that no longer names one is corrupt data.
fn stored<T>(what: &str, s: &str, parse: impl Fn(&str) -> Option<T>) -> Result<T> {
    parse(s).ok_or_else(|| StoreError::Corrupt(format!("{what}: {s}")))
}

fn opt_i64(v: Option<u32>) -> Option<i64> {
    v.map(i64::from)
}

// --- rows --------------------------------------------------------------------------

#[derive(sqlx::FromRow)]
struct PlanRow {
    id: String,
    status: String,
    language: String,
    scope: String,
    objectives: String,
    assumptions: String,
    owner_name: String,
    owner_email: String,
    classification: String,
    approval_body: Option<String>,
    approval_date: Option<String>,
    approval_reference: Option<String>,
    next_review: Option<String>,
    own_domains: String,
    scale: String,
    version_label: String,
    version: i64,
    core_rev: String,
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

const PLAN_COLS: &str = "SELECT id, status, language, scope, objectives, assumptions, owner_name, owner_email, classification, \
     approval_body, approval_date, approval_reference, next_review, own_domains, scale, version_label, version, core_rev FROM bcp_plans ";

#[derive(sqlx::FromRow)]
struct ActivityRow {
    id: String,
    position: i64,
    template_key: Option<String>,
    department: String,
    name: String,
    description: String,
    owner: String,
    deputy: String,
    legal_deadlines: String,
    peak_periods: String,
    impacts: String,
    rto_hours: Option<i64>,
    rpo_hours: Option<i64>,
    mbco: String,
    min_staff: Option<i64>,
    min_workplaces: Option<i64>,
    workaround: String,
    alternate_location: String,
    alternate_supplier: String,
    mutual_aid: String,
    paper_backlog: String,
    version: i64,
}

impl ActivityRow {
    fn into_activity(self) -> Result<Activity> {
        Ok(Activity {
            impacts: parse("impacts", &self.impacts)?,
            workaround: parse("workaround", &self.workaround)?,
            id: self.id,
            position: self.position,
            template_key: self.template_key,
            department: self.department,
            name: self.name,
            description: self.description,
            owner: self.owner,
            deputy: self.deputy,
            legal_deadlines: self.legal_deadlines,
            peak_periods: self.peak_periods,
            rto_hours: hours("rto_hours", self.rto_hours)?,
            rpo_hours: hours("rpo_hours", self.rpo_hours)?,
            mbco: self.mbco,
            min_staff: hours("min_staff", self.min_staff)?,
            min_workplaces: hours("min_workplaces", self.min_workplaces)?,
            alternate_location: self.alternate_location,
            alternate_supplier: self.alternate_supplier,
            mutual_aid: self.mutual_aid,
            paper_backlog: self.paper_backlog,
            version: self.version,
        })
    }
}

const ACTIVITY_COLS: &str = "SELECT id, position, template_key, department, name, description, owner, deputy, legal_deadlines, \
     peak_periods, impacts, rto_hours, rpo_hours, mbco, min_staff, min_workplaces, workaround, alternate_location, \
     alternate_supplier, mutual_aid, paper_backlog, version FROM bcp_activities ";

#[derive(sqlx::FromRow)]
struct ResourceRow {
    id: String,
    position: i64,
    template_key: Option<String>,
    kind: String,
    name: String,
    description: String,
    deputy: String,
    contract_ref: String,
    sla_hours: Option<i64>,
    contact_24_7: String,
    recovery_hours: Option<i64>,
    recovery_basis: String,
    backup_interval_hours: Option<i64>,
    backup_type: String,
    last_restore_test: Option<String>,
    version: i64,
}

impl ResourceRow {
    fn into_resource(self) -> Result<Resource> {
        Ok(Resource {
            kind: ResourceKind::parse(&self.kind)
                .ok_or_else(|| StoreError::Corrupt(format!("resource kind {}", self.kind)))?,
            recovery_basis: stored("recovery_basis", &self.recovery_basis, Basis::parse)?,
            backup_type: stored("backup_type", &self.backup_type, BackupType::parse)?,
            id: self.id,
            position: self.position,
            template_key: self.template_key,
            name: self.name,
            description: self.description,
            deputy: self.deputy,
            contract_ref: self.contract_ref,
            sla_hours: hours("sla_hours", self.sla_hours)?,
            contact_24_7: self.contact_24_7,
            recovery_hours: hours("recovery_hours", self.recovery_hours)?,
            backup_interval_hours: hours("backup_interval_hours", self.backup_interval_hours)?,
            last_restore_test: date("last_restore_test", self.last_restore_test)?,
            version: self.version,
        })
    }
}

const RESOURCE_COLS: &str = "SELECT id, position, template_key, kind, name, description, deputy, contract_ref, sla_hours, \
     contact_24_7, recovery_hours, recovery_basis, backup_interval_hours, backup_type, last_restore_test, version FROM bcp_resources ";

/// The JSON stored for a playbook (everything but its key fields).
#[derive(serde::Serialize, serde::Deserialize)]
struct PlaybookData {
    title: String,
    summary: String,
    signals: Vec<String>,
    first_hour: Vec<String>,
    decisions: Vec<Decision>,
    communication: Vec<Communication>,
    recovery: Vec<String>,
    return_to_normal: Vec<String>,
    clocks: Vec<Clock>,
}

/// The JSON stored for the crisis organisation (all but its version).
#[derive(serde::Serialize, serde::Deserialize)]
struct CrisisData {
    activation_criteria: Vec<String>,
    who_may_activate: String,
    call_tree: Vec<CallStep>,
    meeting_primary: String,
    meeting_alternate: String,
    handover_criteria: Vec<String>,
    handover_explanation: String,
}

// --- reading -------------------------------------------------------------------------

pub async fn header(db: &mut impl Db, org: &OrgId) -> Result<Option<PlanHeader>> {
    let row: Option<PlanRow> =
        run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!("{PLAN_COLS} WHERE org_id = $1")))
            .bind(org.as_str())
            .fetch_optional(c)
            .await)?;
    row.map(PlanRow::into_header).transpose()
}

/// The header and the revision of the plan's activities, resources and links.
async fn header_with_rev(db: &mut impl Db, org: &OrgId) -> Result<Option<(PlanHeader, String)>> {
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

pub async fn activities(db: &mut impl Db, org: &OrgId) -> Result<Vec<Activity>> {
    let rows: Vec<ActivityRow> = run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{ACTIVITY_COLS} WHERE org_id = $1 ORDER BY position, id"
    )))
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    rows.into_iter().map(ActivityRow::into_activity).collect()
}

pub async fn activity(db: &mut impl Db, org: &OrgId, id: &str) -> Result<Option<Activity>> {
    let row: Option<ActivityRow> =
        run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!("{ACTIVITY_COLS} WHERE org_id = $1 AND id = $2")))
            .bind(org.as_str())
            .bind(id)
            .fetch_optional(c)
            .await)?;
    row.map(ActivityRow::into_activity).transpose()
}

pub async fn resources(db: &mut impl Db, org: &OrgId) -> Result<Vec<Resource>> {
    let rows: Vec<ResourceRow> = run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{RESOURCE_COLS} WHERE org_id = $1 ORDER BY position, id"
    )))
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    rows.into_iter().map(ResourceRow::into_resource).collect()
}

pub async fn resource(db: &mut impl Db, org: &OrgId, id: &str) -> Result<Option<Resource>> {
    let row: Option<ResourceRow> =
        run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!("{RESOURCE_COLS} WHERE org_id = $1 AND id = $2")))
            .bind(org.as_str())
            .bind(id)
            .fetch_optional(c)
            .await)?;
    row.map(ResourceRow::into_resource).transpose()
}

/// Both kinds of edges in one query: ('a', activity, resource) and ('r', resource, dependency).
pub async fn edges(db: &mut impl Db, org: &OrgId) -> Result<(Vec<(String, String)>, Vec<(String, String)>)> {
    let rows: Vec<(String, String, String)> = run!(db, |c| sqlx::query_as(
        "SELECT 'a' AS k, activity_id, resource_id FROM bcp_activity_resources WHERE org_id = $1 \
         UNION ALL SELECT 'r' AS k, resource_id, depends_on FROM bcp_resource_deps WHERE org_id = $1 ORDER BY 1, 2, 3"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    let (mut a, mut r) = (Vec::new(), Vec::new());
    for (k, x, y) in rows {
        if k == "a" { a.push((x, y)) } else { r.push((x, y)) }
    }
    Ok((a, r))
}

/// Marks the plan's activities, resources and links as changed: every write to them calls
/// this, in the write's transaction, so that a cached copy (see [`load_core`]) is never
/// used after a change, by this process or any other on the same database.
async fn touch_core(db: &mut impl Db, org: &OrgId) -> Result<()> {
    let rev = new_row_id();
    exec!(db, |c| sqlx::query("UPDATE bcp_plans SET core_rev = $1 WHERE org_id = $2")
        .bind(&rev)
        .bind(org.as_str())
        .execute(c)
        .await)?;
    Ok(())
}

/// Activities, resources and links of one plan as last read, by organisation, inside a
/// plan without its other parts. A page of the builder reads them on every request; with
/// the cache that costs one small query (the header, which carries `core_rev`) instead of
/// four that return every row, and no copy.
struct CachedCore {
    rev: String,
    plan: Arc<Analysed>,
}

/// Enough for every organisation of a large installation's busy hour; when full it
/// starts over (a miss only costs the four queries).
const CORE_CACHE_ENTRIES: usize = 256;

static CORE_CACHE: std::sync::LazyLock<std::sync::Mutex<HashMap<String, CachedCore>>> =
    std::sync::LazyLock::new(Default::default);

fn cached_core(org: &OrgId, plan_id: &str, rev: &str) -> Option<Arc<Analysed>> {
    let cache = CORE_CACHE.lock().ok()?;
    cache.get(org.as_str()).filter(|c| c.plan.header.id == plan_id && c.rev == rev).map(|c| c.plan.clone())
}

fn remember_core(org: &OrgId, rev: String, plan: Arc<Analysed>) {
    if let Ok(mut cache) = CORE_CACHE.lock() {
        if cache.len() >= CORE_CACHE_ENTRIES && !cache.contains_key(org.as_str()) {
            cache.clear();
        }
        cache.insert(org.as_str().to_string(), CachedCore { rev, plan });
    }
}

/// The plan without its crisis organisation, playbooks, communication and exercises:
/// what the BIA, dependencies, checks of resources and the recovery order need.
pub async fn load_core(db: &mut impl Db, org: &OrgId) -> Result<Option<Plan>> {
    Ok(core_plan(db, org).await?.map(|p| p.plan().clone()))
}

/// [`load_core`] shared and read-only, with its graph analysis computed once: for pages
/// that only read it, no copy and no recomputation per request.
pub async fn core_plan(db: &mut impl Db, org: &OrgId) -> Result<Option<Arc<Analysed>>> {
    let Some((header, rev)) = header_with_rev(db, org).await? else { return Ok(None) };
    if let Some(p) = cached_core(org, &header.id, &rev) {
        if p.header == header {
            return Ok(Some(p));
        }
        // The same parts under a changed header (scope, scale, status …).
        let p = Arc::new(Analysed::new(Plan { header, ..p.plan().clone() }));
        remember_core(org, rev, p.clone());
        return Ok(Some(p));
    }
    let (activity_resources, resource_deps) = edges(db, org).await?;
    let p = Arc::new(Analysed::new(Plan {
        activities: activities(db, org).await?,
        resources: resources(db, org).await?,
        activity_resources,
        resource_deps,
        header,
        crisis: Crisis::default(),
        roles: vec![],
        playbooks: vec![],
        stakeholders: vec![],
        messages: vec![],
        exercises: vec![],
    }));
    remember_core(org, rev, p.clone());
    Ok(Some(p))
}

pub async fn crisis(db: &mut impl Db, org: &OrgId) -> Result<Crisis> {
    let row: Option<(String, i64)> =
        run!(db, |c| sqlx::query_as("SELECT data, version FROM bcp_crisis WHERE org_id = $1")
            .bind(org.as_str())
            .fetch_optional(c)
            .await)?;
    Ok(match row {
        Some((data, version)) => {
            let d: CrisisData = parse("crisis", &data)?;
            Crisis {
                activation_criteria: d.activation_criteria,
                who_may_activate: d.who_may_activate,
                call_tree: d.call_tree,
                meeting_primary: d.meeting_primary,
                meeting_alternate: d.meeting_alternate,
                handover_criteria: d.handover_criteria,
                handover_explanation: d.handover_explanation,
                version,
            }
        }
        None => Crisis::default(),
    })
}

/// id, position, key, name, tasks, primary, deputy, version
type RoleRow = (String, i64, String, String, String, String, String, i64);

pub async fn roles(db: &mut impl Db, org: &OrgId) -> Result<Vec<CrisisRole>> {
    let rows: Vec<RoleRow> = run!(db, |c| sqlx::query_as(
        "SELECT id, position, role_key, name, tasks, primary_contact, deputy_contact, version FROM bcp_roles \
         WHERE org_id = $1 ORDER BY position, id"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    rows.into_iter()
        .map(|(id, position, key, name, tasks, p, d, version)| {
            Ok(CrisisRole {
                id,
                position,
                key,
                name,
                tasks: parse("tasks", &tasks)?,
                primary: parse("contact", &p)?,
                deputy: parse("contact", &d)?,
                version,
            })
        })
        .collect()
}

pub async fn playbooks(db: &mut impl Db, org: &OrgId) -> Result<Vec<Playbook>> {
    let rows: Vec<(String, i64, String, String, i64)> = run!(db, |c| sqlx::query_as(
        "SELECT id, position, scenario, data, version FROM bcp_playbooks WHERE org_id = $1 ORDER BY position, id"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    rows.into_iter()
        .map(|(id, position, scenario, data, version)| {
            let d: PlaybookData = parse("playbook", &data)?;
            Ok(Playbook {
                id,
                position,
                scenario,
                title: d.title,
                summary: d.summary,
                signals: d.signals,
                first_hour: d.first_hour,
                decisions: d.decisions,
                communication: d.communication,
                recovery: d.recovery,
                return_to_normal: d.return_to_normal,
                clocks: d.clocks,
                version,
            })
        })
        .collect()
}

pub async fn stakeholders(db: &mut impl Db, org: &OrgId) -> Result<Vec<Stakeholder>> {
    let rows: Vec<(String, i64, String, String, String, i64)> = run!(db, |c| {
        sqlx::query_as(
        "SELECT id, position, audience, channel, owner, version FROM bcp_stakeholders WHERE org_id = $1 ORDER BY position, id"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await
    })?;
    Ok(rows
        .into_iter()
        .map(|(id, position, audience, channel, owner, version)| Stakeholder {
            id,
            position,
            audience,
            channel,
            owner,
            version,
        })
        .collect())
}

pub async fn messages(db: &mut impl Db, org: &OrgId) -> Result<Vec<Message>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: String,
        position: i64,
        scenario: String,
        phase: String,
        audience: String,
        channel: String,
        subject: String,
        body: String,
        version: i64,
    }
    let rows: Vec<Row> = run!(db, |c| sqlx::query_as(
        "SELECT id, position, scenario, phase, audience, channel, subject, body, version FROM bcp_messages \
         WHERE org_id = $1 ORDER BY position, id"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    Ok(rows
        .into_iter()
        .map(|r| Message {
            id: r.id,
            position: r.position,
            scenario: r.scenario,
            phase: r.phase,
            audience: r.audience,
            channel: r.channel,
            subject: r.subject,
            body: r.body,
            version: r.version,
        })
        .collect())
}

pub async fn exercises(db: &mut impl Db, org: &OrgId) -> Result<Vec<Exercise>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: String,
        position: i64,
        kind: String,
        title: String,
        scenario: String,
        planned_on: Option<String>,
        done_on: Option<String>,
        participants: String,
        result: String,
        actions: String,
        version: i64,
    }
    let rows: Vec<Row> = run!(db, |c| {
        sqlx::query_as(
        "SELECT id, position, kind, title, scenario, planned_on, done_on, participants, result, actions, version FROM bcp_exercises \
         WHERE org_id = $1 ORDER BY position, id"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await
    })?;
    rows.into_iter()
        .map(|r| {
            Ok(Exercise {
                kind: ExerciseKind::parse(&r.kind)
                    .ok_or_else(|| StoreError::Corrupt(format!("exercise kind {}", r.kind)))?,
                actions: parse("actions", &r.actions)?,
                id: r.id,
                position: r.position,
                title: r.title,
                scenario: r.scenario,
                planned_on: date("planned_on", r.planned_on)?,
                done_on: date("done_on", r.done_on)?,
                participants: r.participants,
                result: r.result,
                version: r.version,
            })
        })
        .collect()
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

// --- writing a whole plan ------------------------------------------------------------------

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
    for (a, r) in &p.activity_resources {
        link_activity(db, org, a, r).await?;
    }
    for (r, d) in &p.resource_deps {
        link_resource(db, org, r, d).await?;
    }
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
    Ok(())
}

fn playbook_data(b: &Playbook) -> PlaybookData {
    PlaybookData {
        title: b.title.clone(),
        summary: b.summary.clone(),
        signals: b.signals.clone(),
        first_hour: b.first_hour.clone(),
        decisions: b.decisions.clone(),
        communication: b.communication.clone(),
        recovery: b.recovery.clone(),
        return_to_normal: b.return_to_normal.clone(),
        clocks: b.clocks.clone(),
    }
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
    Ok(old.id)
}

pub async fn delete(db: &mut impl Db, org: &OrgId) -> Result<()> {
    exec!(db, |c| sqlx::query("DELETE FROM bcp_plans WHERE org_id = $1").bind(org.as_str()).execute(c).await)?;
    Ok(())
}

// --- editing ---------------------------------------------------------------------------------

/// Every edit starts here, in the edit's transaction: a submitted plan is locked; an
/// approved plan becomes a new draft version (the approved snapshot stays).
pub async fn begin_edit(db: &mut impl Db, org: &OrgId) -> Result<PlanHeader> {
    let h = header(db, org).await?.ok_or(StoreError::NotFound)?;
    match workflow::begin_edit(&h) {
        EditStart::Locked => Err(StoreError::PlanLocked),
        EditStart::NewDraft(label) => {
            exec!(db, |c| sqlx::query(
                "UPDATE bcp_plans SET status = 'draft', version_label = $1, updated_at = $2 WHERE org_id = $3"
            )
            .bind(&label)
            .bind(now_ms())
            .bind(org.as_str())
            .execute(c)
            .await)?;
            Ok(PlanHeader { status: PlanStatus::Draft, version_label: label, ..h })
        }
        EditStart::Continue => {
            exec!(db, |c| sqlx::query("UPDATE bcp_plans SET updated_at = $1 WHERE org_id = $2")
                .bind(now_ms())
                .bind(org.as_str())
                .execute(c)
                .await)?;
            Ok(h)
        }
    }
}

/// The plan's own fields (step 1), as `core::bcp::edit::header` checked them.
pub async fn update_header(db: &mut impl Db, org: &OrgId, expected: i64, f: &header::Fields) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE bcp_plans SET scope = $1, objectives = $2, assumptions = $3, owner_name = $4, owner_email = $5, classification = $6, \
         next_review = $7, own_domains = $8, review_reminded_at = NULL, updated_at = $9, version = version + 1 \
         WHERE org_id = $10 AND version = $11"
    )
    .bind(&f.scope)
    .bind(&f.objectives)
    .bind(&f.assumptions)
    .bind(&f.owner_name)
    .bind(&f.owner_email)
    .bind(&f.classification)
    .bind(f.next_review.map(|d| d.to_string()))
    .bind(crate::json::text(&f.own_domains)?)
    .bind(now_ms())
    .bind(org.as_str())
    .bind(expected)
    .execute(c)
    .await
    })?;
    if n == 1 { Ok(()) } else { Err(StoreError::Conflict) }
}

/// Sets the next review date alone (the approval's default); the reminder is due again.
pub async fn set_next_review(db: &mut impl Db, org: &OrgId, date: Date) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE bcp_plans SET next_review = $1, review_reminded_at = NULL, updated_at = $2, version = version + 1 WHERE org_id = $3"
    )
    .bind(date.to_string())
    .bind(now_ms())
    .bind(org.as_str())
    .execute(c)
    .await
    })?;
    if n == 1 { Ok(()) } else { Err(StoreError::NotFound) }
}

/// Saves a new scale; activities' impact grids are reshaped to the number of windows.
pub async fn update_scale(db: &mut impl Db, org: &OrgId, expected: i64, scale: &Scale) -> Result<()> {
    let n = exec!(db, |c| sqlx::query(
        "UPDATE bcp_plans SET scale = $1, updated_at = $2, version = version + 1 WHERE org_id = $3 AND version = $4"
    )
    .bind(crate::json::text(scale)?)
    .bind(now_ms())
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
    Ok(())
}

pub async fn set_status(db: &mut impl Db, org: &OrgId, status: PlanStatus, approval: Option<&Approval>) -> Result<()> {
    exec!(db, |c| {
        sqlx::query(
        "UPDATE bcp_plans SET status = $1, approval_body = COALESCE($2, approval_body), approval_date = COALESCE($3, approval_date), \
         approval_reference = COALESCE($4, approval_reference), updated_at = $5 WHERE org_id = $6"
    )
    .bind(status.as_str())
    .bind(approval.map(|a| a.body.clone()))
    .bind(approval.map(|a| a.decision_date.to_string()))
    .bind(approval.map(|a| a.reference.clone()))
    .bind(now_ms())
    .bind(org.as_str())
    .execute(c)
    .await
    })?;
    Ok(())
}

async fn insert_activity(db: &mut impl Db, org: &OrgId, plan_id: &str, a: &Activity) -> Result<()> {
    exec!(db, |c| {
        sqlx::query(
        "INSERT INTO bcp_activities (id, plan_id, org_id, position, template_key, department, name, description, owner, deputy, \
         legal_deadlines, peak_periods, impacts, rto_hours, rpo_hours, mbco, min_staff, min_workplaces, workaround, alternate_location, \
         alternate_supplier, mutual_aid, paper_backlog, updated_at, version) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, 1)"
    )
    .bind(&a.id)
    .bind(plan_id)
    .bind(org.as_str())
    .bind(a.position)
    .bind(&a.template_key)
    .bind(&a.department)
    .bind(&a.name)
    .bind(&a.description)
    .bind(&a.owner)
    .bind(&a.deputy)
    .bind(&a.legal_deadlines)
    .bind(&a.peak_periods)
    .bind(crate::json::text(&a.impacts)?)
    .bind(opt_i64(a.rto_hours))
    .bind(opt_i64(a.rpo_hours))
    .bind(&a.mbco)
    .bind(opt_i64(a.min_staff))
    .bind(opt_i64(a.min_workplaces))
    .bind(crate::json::text(&a.workaround)?)
    .bind(&a.alternate_location)
    .bind(&a.alternate_supplier)
    .bind(&a.mutual_aid)
    .bind(&a.paper_backlog)
    .bind(now_ms())
    .execute(c)
    .await
    })?;
    Ok(())
}

/// Adds an activity at the end of the list.
pub async fn add_activity(db: &mut impl Db, org: &OrgId, a: &Activity) -> Result<Activity> {
    let h = header(db, org).await?.ok_or(StoreError::NotFound)?;
    let next: Option<i64> =
        run!(db, |c| sqlx::query_scalar("SELECT MAX(position) FROM bcp_activities WHERE org_id = $1")
            .bind(org.as_str())
            .fetch_one(c)
            .await)?;
    let a = Activity { id: new_row_id(), position: next.map_or(0, |p| p + 1), version: 1, ..a.clone() };
    insert_activity(db, org, &h.id, &a).await?;
    touch_core(db, org).await?;
    Ok(a)
}

/// Saves every field of an activity (the form edits them all), if unchanged since `a.version`.
pub async fn update_activity(db: &mut impl Db, org: &OrgId, a: &Activity) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE bcp_activities SET department = $1, name = $2, description = $3, owner = $4, deputy = $5, legal_deadlines = $6, \
         peak_periods = $7, impacts = $8, rto_hours = $9, rpo_hours = $10, mbco = $11, min_staff = $12, min_workplaces = $13, \
         workaround = $14, alternate_location = $15, alternate_supplier = $16, mutual_aid = $17, paper_backlog = $18, updated_at = $19, \
         version = version + 1 WHERE org_id = $20 AND id = $21 AND version = $22"
    )
    .bind(&a.department)
    .bind(&a.name)
    .bind(&a.description)
    .bind(&a.owner)
    .bind(&a.deputy)
    .bind(&a.legal_deadlines)
    .bind(&a.peak_periods)
    .bind(crate::json::text(&a.impacts)?)
    .bind(opt_i64(a.rto_hours))
    .bind(opt_i64(a.rpo_hours))
    .bind(&a.mbco)
    .bind(opt_i64(a.min_staff))
    .bind(opt_i64(a.min_workplaces))
    .bind(crate::json::text(&a.workaround)?)
    .bind(&a.alternate_location)
    .bind(&a.alternate_supplier)
    .bind(&a.mutual_aid)
    .bind(&a.paper_backlog)
    .bind(now_ms())
    .bind(org.as_str())
    .bind(&a.id)
    .bind(a.version)
    .execute(c)
    .await
    })?;
    let exists = activity(db, org, &a.id).await?.is_some();
    touch_core(db, org).await?;
    settle_sync(n, exists)
}

fn settle_sync(rows: u64, exists: bool) -> Result<()> {
    match (rows, exists) {
        (1, _) => Ok(()),
        (_, true) => Err(StoreError::Conflict),
        (_, false) => Err(StoreError::NotFound),
    }
}

pub async fn delete_activity(db: &mut impl Db, org: &OrgId, id: &str) -> Result<()> {
    let n = exec!(db, |c| sqlx::query("DELETE FROM bcp_activities WHERE org_id = $1 AND id = $2")
        .bind(org.as_str())
        .bind(id)
        .execute(c)
        .await)?;
    touch_core(db, org).await?;
    if n == 1 { Ok(()) } else { Err(StoreError::NotFound) }
}

async fn link_activity(db: &mut impl Db, org: &OrgId, activity: &str, resource: &str) -> Result<()> {
    exec!(db, |c| sqlx::query(
        "INSERT INTO bcp_activity_resources (activity_id, resource_id, org_id) VALUES ($1, $2, $3)"
    )
    .bind(activity)
    .bind(resource)
    .bind(org.as_str())
    .execute(c)
    .await)?;
    Ok(())
}

async fn link_resource(db: &mut impl Db, org: &OrgId, resource: &str, dep: &str) -> Result<()> {
    exec!(db, |c| sqlx::query("INSERT INTO bcp_resource_deps (resource_id, depends_on, org_id) VALUES ($1, $2, $3)")
        .bind(resource)
        .bind(dep)
        .bind(org.as_str())
        .execute(c)
        .await)?;
    Ok(())
}

/// Replaces the resources an activity needs. Every id must be this organisation's.
pub async fn set_activity_resources(db: &mut impl Db, org: &OrgId, activity: &str, resources: &[String]) -> Result<()> {
    let known: Vec<String> = self::resources(db, org).await?.into_iter().map(|r| r.id).collect();
    if resources.iter().any(|r| !known.contains(r)) || self::activity(db, org, activity).await?.is_none() {
        return Err(StoreError::NotFound);
    }
    exec!(db, |c| sqlx::query("DELETE FROM bcp_activity_resources WHERE org_id = $1 AND activity_id = $2")
        .bind(org.as_str())
        .bind(activity)
        .execute(c)
        .await)?;
    let mut seen = std::collections::BTreeSet::new();
    for r in resources.iter().filter(|r| seen.insert(r.as_str())) {
        link_activity(db, org, activity, r).await?;
    }
    touch_core(db, org).await?;
    Ok(())
}

/// Replaces what a resource depends on. A resource cannot depend on itself.
pub async fn set_resource_deps(db: &mut impl Db, org: &OrgId, resource: &str, deps: &[String]) -> Result<()> {
    let known: Vec<String> = self::resources(db, org).await?.into_iter().map(|r| r.id).collect();
    if !known.iter().any(|k| k == resource) || deps.iter().any(|d| !known.contains(d) || d == resource) {
        return Err(StoreError::NotFound);
    }
    exec!(db, |c| sqlx::query("DELETE FROM bcp_resource_deps WHERE org_id = $1 AND resource_id = $2")
        .bind(org.as_str())
        .bind(resource)
        .execute(c)
        .await)?;
    let mut seen = std::collections::BTreeSet::new();
    for d in deps.iter().filter(|d| seen.insert(d.as_str())) {
        link_resource(db, org, resource, d).await?;
    }
    touch_core(db, org).await?;
    Ok(())
}

async fn insert_resource(db: &mut impl Db, org: &OrgId, plan_id: &str, r: &Resource) -> Result<()> {
    exec!(db, |c| {
        sqlx::query(
        "INSERT INTO bcp_resources (id, plan_id, org_id, position, template_key, kind, name, description, deputy, contract_ref, sla_hours, \
         contact_24_7, recovery_hours, recovery_basis, backup_interval_hours, backup_type, last_restore_test, updated_at, version) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, 1)"
    )
    .bind(&r.id)
    .bind(plan_id)
    .bind(org.as_str())
    .bind(r.position)
    .bind(&r.template_key)
    .bind(r.kind.as_str())
    .bind(&r.name)
    .bind(&r.description)
    .bind(&r.deputy)
    .bind(&r.contract_ref)
    .bind(opt_i64(r.sla_hours))
    .bind(&r.contact_24_7)
    .bind(opt_i64(r.recovery_hours))
    .bind(r.recovery_basis.as_str())
    .bind(opt_i64(r.backup_interval_hours))
    .bind(r.backup_type.as_str())
    .bind(r.last_restore_test.map(|d| d.to_string()))
    .bind(now_ms())
    .execute(c)
    .await
    })?;
    Ok(())
}

pub async fn add_resource(db: &mut impl Db, org: &OrgId, r: &Resource) -> Result<Resource> {
    let h = header(db, org).await?.ok_or(StoreError::NotFound)?;
    let next: Option<i64> =
        run!(db, |c| sqlx::query_scalar("SELECT MAX(position) FROM bcp_resources WHERE org_id = $1")
            .bind(org.as_str())
            .fetch_one(c)
            .await)?;
    let r = Resource { id: new_row_id(), position: next.map_or(0, |p| p + 1), version: 1, ..r.clone() };
    insert_resource(db, org, &h.id, &r).await?;
    touch_core(db, org).await?;
    Ok(r)
}

pub async fn update_resource(db: &mut impl Db, org: &OrgId, r: &Resource) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE bcp_resources SET kind = $1, name = $2, description = $3, deputy = $4, contract_ref = $5, sla_hours = $6, contact_24_7 = $7, \
         recovery_hours = $8, recovery_basis = $9, backup_interval_hours = $10, backup_type = $11, last_restore_test = $12, updated_at = $13, \
         version = version + 1 WHERE org_id = $14 AND id = $15 AND version = $16"
    )
    .bind(r.kind.as_str())
    .bind(&r.name)
    .bind(&r.description)
    .bind(&r.deputy)
    .bind(&r.contract_ref)
    .bind(opt_i64(r.sla_hours))
    .bind(&r.contact_24_7)
    .bind(opt_i64(r.recovery_hours))
    .bind(r.recovery_basis.as_str())
    .bind(opt_i64(r.backup_interval_hours))
    .bind(r.backup_type.as_str())
    .bind(r.last_restore_test.map(|d| d.to_string()))
    .bind(now_ms())
    .bind(org.as_str())
    .bind(&r.id)
    .bind(r.version)
    .execute(c)
    .await
    })?;
    let exists = resource(db, org, &r.id).await?.is_some();
    touch_core(db, org).await?;
    settle_sync(n, exists)
}

pub async fn delete_resource(db: &mut impl Db, org: &OrgId, id: &str) -> Result<()> {
    let n = exec!(db, |c| sqlx::query("DELETE FROM bcp_resources WHERE org_id = $1 AND id = $2")
        .bind(org.as_str())
        .bind(id)
        .execute(c)
        .await)?;
    touch_core(db, org).await?;
    if n == 1 { Ok(()) } else { Err(StoreError::NotFound) }
}

pub async fn update_crisis(db: &mut impl Db, org: &OrgId, c: &Crisis) -> Result<()> {
    let data = CrisisData {
        activation_criteria: c.activation_criteria.clone(),
        who_may_activate: c.who_may_activate.clone(),
        call_tree: c.call_tree.clone(),
        meeting_primary: c.meeting_primary.clone(),
        meeting_alternate: c.meeting_alternate.clone(),
        handover_criteria: c.handover_criteria.clone(),
        handover_explanation: c.handover_explanation.clone(),
    };
    let n = exec!(db, |x| sqlx::query(
        "UPDATE bcp_crisis SET data = $1, version = version + 1 WHERE org_id = $2 AND version = $3"
    )
    .bind(crate::json::text(&data)?)
    .bind(org.as_str())
    .bind(c.version)
    .execute(x)
    .await)?;
    if n == 1 { Ok(()) } else { Err(StoreError::Conflict) }
}

pub async fn update_role(db: &mut impl Db, org: &OrgId, r: &CrisisRole) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE bcp_roles SET name = $1, tasks = $2, primary_contact = $3, deputy_contact = $4, version = version + 1 \
         WHERE org_id = $5 AND id = $6 AND version = $7"
    )
    .bind(&r.name)
    .bind(crate::json::text(&r.tasks)?)
    .bind(crate::json::text(&r.primary)?)
    .bind(crate::json::text(&r.deputy)?)
    .bind(org.as_str())
    .bind(&r.id)
    .bind(r.version)
    .execute(c)
    .await
    })?;
    let exists = roles(db, org).await?.iter().any(|x| x.id == r.id);
    settle_sync(n, exists)
}

pub async fn update_playbook(db: &mut impl Db, org: &OrgId, b: &Playbook) -> Result<()> {
    let n = exec!(db, |c| sqlx::query(
        "UPDATE bcp_playbooks SET data = $1, version = version + 1 WHERE org_id = $2 AND id = $3 AND version = $4"
    )
    .bind(crate::json::text(&playbook_data(b))?)
    .bind(org.as_str())
    .bind(&b.id)
    .bind(b.version)
    .execute(c)
    .await)?;
    let exists = playbooks(db, org).await?.iter().any(|x| x.id == b.id);
    settle_sync(n, exists)
}

pub async fn update_stakeholder(db: &mut impl Db, org: &OrgId, s: &Stakeholder) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE bcp_stakeholders SET channel = $1, owner = $2, version = version + 1 WHERE org_id = $3 AND id = $4 AND version = $5"
    )
    .bind(&s.channel)
    .bind(&s.owner)
    .bind(org.as_str())
    .bind(&s.id)
    .bind(s.version)
    .execute(c)
    .await
    })?;
    let exists = stakeholders(db, org).await?.iter().any(|x| x.id == s.id);
    settle_sync(n, exists)
}

pub async fn update_message(db: &mut impl Db, org: &OrgId, m: &Message) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE bcp_messages SET channel = $1, subject = $2, body = $3, version = version + 1 WHERE org_id = $4 AND id = $5 AND version = $6"
    )
    .bind(&m.channel)
    .bind(&m.subject)
    .bind(&m.body)
    .bind(org.as_str())
    .bind(&m.id)
    .bind(m.version)
    .execute(c)
    .await
    })?;
    let exists = messages(db, org).await?.iter().any(|x| x.id == m.id);
    settle_sync(n, exists)
}

async fn insert_exercise(db: &mut impl Db, org: &OrgId, plan_id: &str, e: &Exercise) -> Result<()> {
    exec!(db, |c| {
        sqlx::query(
        "INSERT INTO bcp_exercises (id, plan_id, org_id, position, kind, title, scenario, planned_on, done_on, participants, result, actions, version) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1)"
    )
    .bind(&e.id)
    .bind(plan_id)
    .bind(org.as_str())
    .bind(e.position)
    .bind(e.kind.as_str())
    .bind(&e.title)
    .bind(&e.scenario)
    .bind(e.planned_on.map(|d| d.to_string()))
    .bind(e.done_on.map(|d| d.to_string()))
    .bind(&e.participants)
    .bind(&e.result)
    .bind(crate::json::text(&e.actions)?)
    .execute(c)
    .await
    })?;
    Ok(())
}

pub async fn add_exercise(db: &mut impl Db, org: &OrgId, e: &Exercise) -> Result<Exercise> {
    let h = header(db, org).await?.ok_or(StoreError::NotFound)?;
    let next: Option<i64> =
        run!(db, |c| sqlx::query_scalar("SELECT MAX(position) FROM bcp_exercises WHERE org_id = $1")
            .bind(org.as_str())
            .fetch_one(c)
            .await)?;
    let e = Exercise { id: new_row_id(), position: next.map_or(0, |p| p + 1), version: 1, ..e.clone() };
    insert_exercise(db, org, &h.id, &e).await?;
    Ok(e)
}

pub async fn update_exercise(db: &mut impl Db, org: &OrgId, e: &Exercise) -> Result<()> {
    let n = exec!(db, |c| {
        sqlx::query(
        "UPDATE bcp_exercises SET kind = $1, title = $2, scenario = $3, planned_on = $4, done_on = $5, participants = $6, result = $7, \
         actions = $8, version = version + 1 WHERE org_id = $9 AND id = $10 AND version = $11"
    )
    .bind(e.kind.as_str())
    .bind(&e.title)
    .bind(&e.scenario)
    .bind(e.planned_on.map(|d| d.to_string()))
    .bind(e.done_on.map(|d| d.to_string()))
    .bind(&e.participants)
    .bind(&e.result)
    .bind(crate::json::text(&e.actions)?)
    .bind(org.as_str())
    .bind(&e.id)
    .bind(e.version)
    .execute(c)
    .await
    })?;
    let exists = exercises(db, org).await?.iter().any(|x| x.id == e.id);
    settle_sync(n, exists)
}

pub async fn delete_exercise(db: &mut impl Db, org: &OrgId, id: &str) -> Result<()> {
    let n = exec!(db, |c| sqlx::query("DELETE FROM bcp_exercises WHERE org_id = $1 AND id = $2")
        .bind(org.as_str())
        .bind(id)
        .execute(c)
        .await)?;
    if n == 1 { Ok(()) } else { Err(StoreError::NotFound) }
}

// --- versions ----------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanVersion {
    pub id: String,
    pub label: String,
    pub status: PlanStatus,
    pub created_by: String,
    pub created_at: i64,
}

/// Keeps a snapshot (the exchange document) of the plan as it is now.
pub async fn snapshot(
    db: &mut impl Db,
    org: &OrgId,
    label: &str,
    status: PlanStatus,
    document: &str,
    by: &str,
) -> Result<String> {
    let h = header(db, org).await?.ok_or(StoreError::NotFound)?;
    let id = new_row_id();
    if status == PlanStatus::Approved {
        // A newer approved version supersedes the older ones.
        exec!(db, |c| sqlx::query(
            "UPDATE bcp_plan_versions SET status = 'superseded' WHERE org_id = $1 AND status = 'approved'"
        )
        .bind(org.as_str())
        .execute(c)
        .await)?;
    }
    exec!(db, |c| {
        sqlx::query(
        "INSERT INTO bcp_plan_versions (id, plan_id, org_id, label, status, document, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
    )
    .bind(&id)
    .bind(&h.id)
    .bind(org.as_str())
    .bind(label)
    .bind(status.as_str())
    .bind(document)
    .bind(by)
    .bind(now_ms())
    .execute(c)
    .await
    })?;
    Ok(id)
}

pub async fn versions(db: &mut impl Db, org: &OrgId) -> Result<Vec<PlanVersion>> {
    let rows: Vec<(String, String, String, String, i64)> = run!(db, |c| {
        sqlx::query_as(
        "SELECT id, label, status, created_by, created_at FROM bcp_plan_versions WHERE org_id = $1 ORDER BY created_at DESC, id DESC"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await
    })?;
    rows.into_iter()
        .map(|(id, label, status, created_by, created_at)| {
            Ok(PlanVersion {
                id,
                label,
                status: stored("version status", &status, PlanStatus::parse)?,
                created_by,
                created_at,
            })
        })
        .collect()
}

pub async fn version_document(db: &mut impl Db, org: &OrgId, id: &str) -> Result<Option<String>> {
    Ok(run!(db, |c| sqlx::query_scalar("SELECT document FROM bcp_plan_versions WHERE org_id = $1 AND id = $2")
        .bind(org.as_str())
        .bind(id)
        .fetch_optional(c)
        .await)?)
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
