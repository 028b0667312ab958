//! Phishing campaigns, their approval and their recipients' events.

use weerbaar_core::OrgId;
use weerbaar_core::awareness::campaign::{self as rules, Approval, Representatives, Status};
use weerbaar_core::awareness::progress::Scope;
use weerbaar_core::id::new_row_id;

use crate::db::Db;
use crate::json::{parse, text};
use crate::{Result, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Campaign {
    pub id: String,
    pub org_id: String,
    pub body: rules::Campaign,
    pub status: Status,
    pub approval: Option<Approval>,
    pub approval_recorded_by: Option<String>,
    pub approval_recorded_at: Option<i64>,
    pub launched_at: Option<i64>,
    pub stopped_at: Option<i64>,
    pub finished_at: Option<i64>,
    pub created_at: i64,
    pub version: i64,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    org_id: String,
    name: String,
    templates: String,
    scope: String,
    targets: String,
    exclusions: String,
    sender_name: String,
    sender_address: String,
    window_start: i64,
    window_end: i64,
    per_minute: i64,
    status: String,
    director: Option<String>,
    approved_on: Option<String>,
    dpo_informed: bool,
    representatives: Option<String>,
    representatives_reason: Option<String>,
    no_sanctions: bool,
    approval_recorded_by: Option<String>,
    approval_recorded_at: Option<i64>,
    launched_at: Option<i64>,
    stopped_at: Option<i64>,
    finished_at: Option<i64>,
    created_at: i64,
    version: i64,
}

const COLS: &str = "SELECT id, org_id, name, templates, scope, targets, exclusions, sender_name, sender_address, \
    window_start, window_end, per_minute, status, director, approved_on, dpo_informed, representatives, \
    representatives_reason, no_sanctions, approval_recorded_by, approval_recorded_at, launched_at, stopped_at, \
    finished_at, created_at, version FROM phishing_campaigns ";

impl Row {
    fn into_campaign(self) -> Result<Campaign> {
        let corrupt = |what: &str| StoreError::Corrupt(format!("phishing_campaigns.{what}"));
        let scope = Scope::from_parts(&self.scope, parse("phishing_campaigns.targets", &self.targets)?)
            .ok_or_else(|| corrupt("scope"))?;
        let approval = match (self.director, self.approved_on, self.representatives) {
            (Some(director), Some(on), Some(reps)) => Some(Approval {
                director,
                approved_on: on.parse().map_err(|_| corrupt("approved_on"))?,
                dpo_informed: self.dpo_informed,
                representatives: match reps.as_str() {
                    "consulted" => Representatives::Consulted,
                    _ => Representatives::NotApplicable(self.representatives_reason.unwrap_or_default()),
                },
                no_sanctions: self.no_sanctions,
            }),
            _ => None,
        };
        Ok(Campaign {
            id: self.id,
            org_id: self.org_id,
            body: rules::Campaign {
                name: self.name,
                templates: parse("phishing_campaigns.templates", &self.templates)?,
                scope,
                sender_name: self.sender_name,
                sender_address: self.sender_address,
                window_start: self.window_start,
                window_end: self.window_end,
                per_minute: u32::try_from(self.per_minute).map_err(|_| corrupt("per_minute"))?,
                exclusions: parse("phishing_campaigns.exclusions", &self.exclusions)?,
            },
            status: Status::parse(&self.status).ok_or_else(|| corrupt("status"))?,
            approval,
            approval_recorded_by: self.approval_recorded_by,
            approval_recorded_at: self.approval_recorded_at,
            launched_at: self.launched_at,
            stopped_at: self.stopped_at,
            finished_at: self.finished_at,
            created_at: self.created_at,
            version: self.version,
        })
    }
}

pub async fn create(db: &mut impl Db, org: &OrgId, c: &rules::Campaign, by: &str, now: i64) -> Result<String> {
    let id = new_row_id();
    exec!(db, |x| sqlx::query(
        "INSERT INTO phishing_campaigns (id, org_id, name, templates, scope, targets, exclusions, sender_name, \
         sender_address, window_start, window_end, per_minute, status, created_by, created_at, updated_at, version) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'draft', $13, $14, $14, 1)"
    )
    .bind(&id)
    .bind(org.as_str())
    .bind(&c.name)
    .bind(text(&c.templates)?)
    .bind(c.scope.kind())
    .bind(text(&c.scope.targets())?)
    .bind(text(&c.exclusions)?)
    .bind(&c.sender_name)
    .bind(&c.sender_address)
    .bind(c.window_start)
    .bind(c.window_end)
    .bind(i64::from(c.per_minute))
    .bind(by)
    .bind(now)
    .execute(x)
    .await)?;
    Ok(id)
}

/// Changes a campaign that was not launched; an approval no longer holds and goes.
pub async fn update(
    db: &mut impl Db,
    org: &OrgId,
    id: &str,
    c: &rules::Campaign,
    version: i64,
    now: i64,
) -> Result<()> {
    let n = exec!(db, |x| {
        sqlx::query(
        "UPDATE phishing_campaigns SET name = $1, templates = $2, scope = $3, targets = $4, exclusions = $5, \
         sender_name = $6, sender_address = $7, window_start = $8, window_end = $9, per_minute = $10, status = 'draft', \
         director = NULL, approved_on = NULL, dpo_informed = FALSE, representatives = NULL, \
         representatives_reason = NULL, no_sanctions = FALSE, approval_recorded_by = NULL, \
         approval_recorded_at = NULL, updated_at = $11, version = version + 1 \
         WHERE org_id = $12 AND id = $13 AND version = $14 AND status IN ('draft', 'approved')"
    )
    .bind(&c.name)
    .bind(text(&c.templates)?)
    .bind(c.scope.kind())
    .bind(text(&c.scope.targets())?)
    .bind(text(&c.exclusions)?)
    .bind(&c.sender_name)
    .bind(&c.sender_address)
    .bind(c.window_start)
    .bind(c.window_end)
    .bind(i64::from(c.per_minute))
    .bind(now)
    .bind(org.as_str())
    .bind(id)
    .bind(version)
    .execute(x)
    .await
    })?;
    changed(db, org, id, n).await
}

async fn changed(db: &mut impl Db, org: &OrgId, id: &str, n: u64) -> Result<()> {
    if n == 1 {
        Ok(())
    } else if get(db, org, id).await?.is_some() {
        Err(StoreError::Conflict)
    } else {
        Err(StoreError::NotFound)
    }
}

pub async fn list(db: &mut impl Db, org: &OrgId) -> Result<Vec<Campaign>> {
    let rows: Vec<Row> = run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{COLS} WHERE org_id = $1 ORDER BY created_at DESC, id"
    )))
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    rows.into_iter().map(Row::into_campaign).collect()
}

pub async fn get(db: &mut impl Db, org: &OrgId, id: &str) -> Result<Option<Campaign>> {
    let row: Option<Row> =
        run!(db, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!("{COLS} WHERE org_id = $1 AND id = $2")))
            .bind(org.as_str())
            .bind(id)
            .fetch_optional(c)
            .await)?;
    row.map(Row::into_campaign).transpose()
}

/// The organisation a campaign belongs to (for the tenant check on `/…/{campaign}` paths).
pub async fn org_of(db: &mut impl Db, id: &str) -> Result<Option<OrgId>> {
    let o: Option<String> = run!(db, |c| sqlx::query_scalar("SELECT org_id FROM phishing_campaigns WHERE id = $1")
        .bind(id)
        .fetch_optional(c)
        .await)?;
    Ok(o.map(OrgId::from_db))
}

/// Records the approval gate; the campaign becomes approved.
pub async fn approve(
    db: &mut impl Db,
    org: &OrgId,
    id: &str,
    a: &Approval,
    version: i64,
    by: &str,
    now: i64,
) -> Result<()> {
    let (reps, reason) = match &a.representatives {
        Representatives::Consulted => ("consulted", None),
        Representatives::NotApplicable(r) => ("not_applicable", Some(r.as_str())),
    };
    let n = exec!(db, |x| sqlx::query(
        "UPDATE phishing_campaigns SET status = 'approved', director = $1, approved_on = $2, dpo_informed = $3, \
         representatives = $4, representatives_reason = $5, no_sanctions = $6, approval_recorded_by = $7, \
         approval_recorded_at = $8, updated_at = $8, version = version + 1 \
         WHERE org_id = $9 AND id = $10 AND version = $11 AND status IN ('draft', 'approved')"
    )
    .bind(&a.director)
    .bind(a.approved_on.to_string())
    .bind(a.dpo_informed)
    .bind(reps)
    .bind(reason)
    .bind(a.no_sanctions)
    .bind(by)
    .bind(now)
    .bind(org.as_str())
    .bind(id)
    .bind(version)
    .execute(x)
    .await)?;
    changed(db, org, id, n).await
}

/// A recipient a launch creates.
#[derive(Debug, Clone)]
pub struct NewRecipient {
    pub staff_id: String,
    pub department: String,
    pub token: String,
    pub template: String,
    pub lang: String,
    pub send_at: i64,
}

/// Moves a campaign from `from` to `to` (launch, stop, finish); false when it was not in `from`.
pub async fn set_status(db: &mut impl Db, id: &str, from: Status, to: Status, now: i64) -> Result<bool> {
    let column = match to {
        Status::Sending => "launched_at = $2, ",
        Status::Stopped => "stopped_at = $2, ",
        Status::Finished => "finished_at = $2, ",
        Status::Draft | Status::Approved => "",
    };
    let n = exec!(db, |x| sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE phishing_campaigns SET status = $1, {column}updated_at = $2, version = version + 1 \
         WHERE id = $3 AND status = $4"
    )))
    .bind(to.as_str())
    .bind(now)
    .bind(id)
    .bind(from.as_str())
    .execute(x)
    .await)?;
    Ok(n == 1)
}

pub async fn add_recipients(db: &mut impl Db, org: &OrgId, campaign: &str, rs: &[NewRecipient]) -> Result<()> {
    for chunk in rs.chunks(400) {
        exec!(db, |x| {
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO phishing_recipients (id, campaign_id, org_id, staff_id, department, token, template, lang, \
                 send_at) ",
            );
            q.push_values(chunk, |mut row, r| {
                row.push_bind(new_row_id())
                    .push_bind(campaign)
                    .push_bind(org.as_str())
                    .push_bind(&r.staff_id)
                    .push_bind(&r.department)
                    .push_bind(&r.token)
                    .push_bind(&r.template)
                    .push_bind(&r.lang)
                    .push_bind(r.send_at);
            });
            q.build().execute(x).await
        })?;
    }
    Ok(())
}

/// The status alone: the sender checks it before every mail, so "stop" halts at once.
pub async fn status_of(db: &mut impl Db, id: &str) -> Result<Option<Status>> {
    let s: Option<String> = run!(db, |c| sqlx::query_scalar("SELECT status FROM phishing_campaigns WHERE id = $1")
        .bind(id)
        .fetch_optional(c)
        .await)?;
    Ok(s.and_then(|s| Status::parse(&s)))
}

/// Campaigns that are sending (to resume after a restart).
pub async fn sending(db: &mut impl Db) -> Result<Vec<String>> {
    Ok(run!(db, |c| sqlx::query_scalar("SELECT id FROM phishing_campaigns WHERE status = 'sending' ORDER BY id")
        .fetch_all(c)
        .await)?)
}

/// A recipient with what a mail or a tracking page needs.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Recipient {
    pub id: String,
    pub campaign_id: String,
    pub org_id: String,
    pub staff_id: Option<String>,
    pub department: String,
    pub token: String,
    pub template: String,
    pub lang: String,
    pub send_at: i64,
    pub sent_at: Option<i64>,
    pub opened_at: Option<i64>,
    pub clicked_at: Option<i64>,
    pub reported_at: Option<i64>,
    pub filtered_clicks: i64,
}

const RCOLS: &str = "SELECT id, campaign_id, org_id, staff_id, department, token, template, lang, send_at, sent_at, \
                     opened_at, clicked_at, reported_at, filtered_clicks FROM phishing_recipients ";

/// Recipients whose time has come and who were not mailed yet, earliest first.
pub async fn due(db: &mut impl Db, campaign: &str, now: i64, limit: i64) -> Result<Vec<Recipient>> {
    Ok(run!(db, |c| sqlx::query_as::<_, Recipient>(sqlx::AssertSqlSafe(format!(
        "{RCOLS} WHERE campaign_id = $1 AND sent_at IS NULL AND error IS NULL AND send_at <= $2 \
         ORDER BY send_at, id LIMIT $3"
    )))
    .bind(campaign)
    .bind(now)
    .bind(limit)
    .fetch_all(c)
    .await)?)
}

/// When the next unsent mail is due; None when all were sent.
pub async fn next_due(db: &mut impl Db, campaign: &str) -> Result<Option<i64>> {
    Ok(run!(db, |c| sqlx::query_scalar(
        "SELECT MIN(send_at) FROM phishing_recipients WHERE campaign_id = $1 AND sent_at IS NULL AND error IS NULL"
    )
    .bind(campaign)
    .fetch_one(c)
    .await)?)
}

pub async fn mark_sent(db: &mut impl Db, id: &str, now: i64) -> Result<()> {
    exec!(db, |c| sqlx::query("UPDATE phishing_recipients SET sent_at = $1 WHERE id = $2")
        .bind(now)
        .bind(id)
        .execute(c)
        .await)?;
    Ok(())
}

/// A mail that could not be sent is not retried: a phishing exercise mail that
/// arrives days late teaches nothing.
pub async fn mark_failed(db: &mut impl Db, id: &str, error: &str) -> Result<()> {
    let error: String = error.chars().take(500).collect();
    exec!(db, |c| sqlx::query("UPDATE phishing_recipients SET error = $1 WHERE id = $2")
        .bind(error)
        .bind(id)
        .execute(c)
        .await)?;
    Ok(())
}

pub async fn by_token(db: &mut impl Db, token: &str) -> Result<Option<Recipient>> {
    Ok(run!(db, |c| sqlx::query_as::<_, Recipient>(sqlx::AssertSqlSafe(format!("{RCOLS} WHERE token = $1")))
        .bind(token)
        .fetch_optional(c)
        .await)?)
}

/// What happened to a recipient's mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Opened,
    Clicked,
    /// The link was fetched in a way the click rules filter (counted once per mail).
    Filtered,
    Reported,
}

/// Records an event for a sent mail; the first time counts. True when it was new.
pub async fn record(db: &mut impl Db, token: &str, e: Event, now: i64) -> Result<bool> {
    let sql = match e {
        Event::Opened => "UPDATE phishing_recipients SET opened_at = $1 WHERE token = $2 AND opened_at IS NULL",
        Event::Clicked => "UPDATE phishing_recipients SET clicked_at = $1 WHERE token = $2 AND clicked_at IS NULL",
        Event::Reported => "UPDATE phishing_recipients SET reported_at = $1 WHERE token = $2 AND reported_at IS NULL",
        Event::Filtered => {
            "UPDATE phishing_recipients SET filtered_clicks = 1 WHERE token = $2 AND filtered_clicks = 0 AND $1 > 0"
        }
    };
    let n = exec!(db, |c| sqlx::query(sql).bind(now).bind(token).execute(c).await)?;
    Ok(n == 1)
}

/// Counts of one department in one campaign.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Counts {
    pub department: String,
    pub recipients: i64,
    pub sent: i64,
    pub opened: i64,
    pub clicked: i64,
    pub filtered: i64,
    pub reported: i64,
}

/// Counts per department for a campaign (the caller merges small groups).
pub async fn counts(db: &mut impl Db, campaign: &str) -> Result<Vec<Counts>> {
    Ok(run!(db, |c| {
        sqlx::query_as::<_, Counts>(
        "SELECT department, COUNT(*) AS recipients, COUNT(sent_at) AS sent, COUNT(opened_at) AS opened, \
         COUNT(clicked_at) AS clicked, CAST(COALESCE(SUM(filtered_clicks), 0) AS BIGINT) AS filtered, COUNT(reported_at) AS reported \
         FROM phishing_recipients WHERE campaign_id = $1 GROUP BY department ORDER BY department"
    )
    .bind(campaign)
    .fetch_all(c)
    .await
    })?)
}

/// Staff ids of recipients who clicked (for the follow-up training, never shown).
pub async fn clickers(db: &mut impl Db, campaign: &str) -> Result<Vec<String>> {
    Ok(run!(db, |c| sqlx::query_scalar(
        "SELECT staff_id FROM phishing_recipients WHERE campaign_id = $1 AND clicked_at IS NOT NULL \
         AND staff_id IS NOT NULL ORDER BY staff_id"
    )
    .bind(campaign)
    .fetch_all(c)
    .await)?)
}

/// When each mail of a campaign was sent, in order (the rate shown and tested).
pub async fn sent_times(db: &mut impl Db, campaign: &str) -> Result<Vec<i64>> {
    Ok(run!(db, |c| sqlx::query_scalar(
        "SELECT sent_at FROM phishing_recipients WHERE campaign_id = $1 AND sent_at IS NOT NULL ORDER BY sent_at"
    )
    .bind(campaign)
    .fetch_all(c)
    .await)?)
}

/// Moves a campaign's sending times `ms` into the past: the demo's finished exercise,
/// and tests of the rules that look at the time since delivery.
pub async fn backdate(db: &mut impl Db, campaign: &str, ms: i64) -> Result<()> {
    exec!(db, |c| sqlx::query(
        "UPDATE phishing_recipients SET send_at = send_at - $1, sent_at = sent_at - $1 WHERE campaign_id = $2"
    )
    .bind(ms)
    .bind(campaign)
    .execute(c)
    .await)?;
    Ok(())
}

/// Marks every mail of a campaign sent at its planned time (the demo's past exercise).
pub async fn sent_as_planned(db: &mut impl Db, campaign: &str) -> Result<()> {
    exec!(db, |c| sqlx::query("UPDATE phishing_recipients SET sent_at = send_at WHERE campaign_id = $1")
        .bind(campaign)
        .execute(c)
        .await)?;
    Ok(())
}

/// How many mails of a campaign went out since `since` (the rate's window).
pub async fn sent_since(db: &mut impl Db, campaign: &str, since: i64) -> Result<i64> {
    Ok(run!(db, |c| sqlx::query_scalar(
        "SELECT COUNT(*) FROM phishing_recipients WHERE campaign_id = $1 AND sent_at > $2"
    )
    .bind(campaign)
    .bind(since)
    .fetch_one(c)
    .await)?)
}

/// Takes an address out of the organisation's campaigns: their people and exclusions
/// (erasure). A campaign for that person alone keeps an empty list.
pub async fn forget_address(db: &mut impl Db, org: &OrgId, email: &str) -> Result<()> {
    for c in list(db, org).await? {
        let mut targets = c.body.scope.targets();
        let mut exclusions = c.body.exclusions.clone();
        let was = (targets.len(), exclusions.len());
        if matches!(c.body.scope, Scope::People(_)) {
            targets.retain(|t| t != email);
        }
        exclusions.remove(email);
        if (targets.len(), exclusions.len()) != was {
            exec!(db, |x| sqlx::query("UPDATE phishing_campaigns SET targets = $1, exclusions = $2 WHERE id = $3")
                .bind(text(&targets)?)
                .bind(text(&exclusions)?)
                .bind(&c.id)
                .execute(x)
                .await)?;
        }
    }
    Ok(())
}
