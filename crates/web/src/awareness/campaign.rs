//! Phishing campaign operations shared by the pages and the API: save a draft, record
//! the approval gate, launch (refused without approval), stop, and the results per
//! department under the group-size rule. The sending itself is in `sender`.

use std::collections::BTreeMap;

use weerbaar_core::OrgId;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::awareness::campaign::{self as rules, Approval, Draft, Refused, Status, Warning};
use weerbaar_core::awareness::groups;
use weerbaar_core::validation::FieldErrors;
use weerbaar_store::StoreError;
use weerbaar_store::awareness::campaigns::{self as db, Campaign, Counts, NewRecipient};
use weerbaar_store::awareness::staff;

use super::service::{directory, library};
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::findings::service::{Actor, log};

/// Creates a draft (`id` None) or changes one that was not launched; a change takes
/// the approval away. A newer version saved first is `AppError::Conflict`.
pub async fn save(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    id: Option<(&str, i64)>,
    d: &Draft,
) -> AppResult<Result<(String, Vec<Warning>), FieldErrors>> {
    let lib = library()?;
    let (departments, people) = directory(st, org).await?;
    let known = rules::Known {
        templates: &lib.template_slugs(),
        departments: &departments,
        people: &people,
        now: weerbaar_core::now_ms(),
    };
    let (c, warnings) = match rules::check(d, &known) {
        Ok(x) => x,
        Err(e) => return Ok(Err(e)),
    };
    let now = weerbaar_core::now_ms();
    let mut tx = st.store.begin().await?;
    let id = match id {
        None => db::create(&mut tx, org, &c, &actor.label, now).await?,
        Some((id, version)) => {
            match db::update(&mut tx, org, id, &c, version, now).await {
                Ok(()) => {}
                Err(StoreError::Conflict) => return Err(AppError::Conflict),
                Err(e) => return Err(e.into()),
            }
            id.to_string()
        }
    };
    log(&mut tx, org, actor, AuditAction::CampaignSaved, &c.name, None::<&()>, None::<&()>).await?;
    tx.commit().await?;
    Ok(Ok((id, warnings)))
}

/// The approval gate's fields as a form or the API sends them.
#[derive(Debug, Clone, Default)]
pub struct ApprovalForm {
    pub director: String,
    pub approved_on: String,
    pub dpo_informed: bool,
    pub representatives: String,
    pub reason: String,
    pub no_sanctions: bool,
}

pub async fn approve(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    id: &str,
    version: i64,
    f: &ApprovalForm,
) -> AppResult<Result<(), FieldErrors>> {
    let a: Approval = match rules::check_approval(
        &f.director,
        &f.approved_on,
        f.dpo_informed,
        &f.representatives,
        &f.reason,
        f.no_sanctions,
        weerbaar_core::today(),
    ) {
        Ok(a) => a,
        Err(e) => return Ok(Err(e)),
    };
    let mut tx = st.store.begin().await?;
    match db::approve(&mut tx, org, id, &a, version, &actor.label, weerbaar_core::now_ms()).await {
        Ok(()) => {}
        Err(StoreError::Conflict) => return Err(AppError::Conflict),
        Err(e) => return Err(e.into()),
    }
    log(&mut tx, org, actor, AuditAction::CampaignApproved, &a.director, None::<&()>, None::<&()>).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Launches an approved campaign: picks the recipients (scope, minus exclusions, people
/// who left or are in a quiet period), gives each a template and a time in the window,
/// and wakes the sender. Returns the number of recipients.
pub async fn launch(st: &AppState, org: &OrgId, actor: &Actor, id: &str) -> AppResult<Result<usize, Refused>> {
    let mut tx = st.store.begin().await?;
    let c = db::get(&mut tx, org, id).await?.ok_or(AppError::NotFound)?;
    if let Err(r) = rules::launch(c.status, c.approval.is_some(), c.body.window_end, weerbaar_core::now_ms()) {
        return Ok(Err(r));
    }
    let today = weerbaar_core::today().to_string();
    let mut people: Vec<staff::Staff> = staff::list(&mut tx, org)
        .await?
        .into_iter()
        .filter(|s| {
            s.active()
                && c.body.scope.covers(&s.email, &s.department)
                && !c.body.exclusions.contains(&s.email)
                && s.quiet_until.as_deref().is_none_or(|q| q < today.as_str())
        })
        .collect();
    if people.is_empty() {
        return Ok(Err(Refused::NoRecipients));
    }
    rules::shuffle(&mut people);
    let now = weerbaar_core::now_ms();
    let times = rules::schedule(people.len(), c.body.window_start, c.body.window_end, c.body.per_minute, now);
    let recipients: Vec<NewRecipient> = people
        .iter()
        .zip(times)
        .enumerate()
        .map(|(i, (s, at))| NewRecipient {
            staff_id: s.id.clone(),
            department: s.department.clone(),
            token: weerbaar_core::secret::random_token(),
            template: c.body.templates[i % c.body.templates.len()].clone(),
            lang: s.lang.clone(),
            send_at: at,
        })
        .collect();
    if !db::set_status(&mut tx, id, Status::Approved, Status::Sending, now).await? {
        return Ok(Err(Refused::AlreadyLaunched));
    }
    db::add_recipients(&mut tx, org, id, &recipients).await?;
    super::sender::schedule(&mut tx, id, now).await?;
    log(&mut tx, org, actor, AuditAction::CampaignLaunched, &c.body.name, None::<&()>, Some(&recipients.len())).await?;
    tx.commit().await?;
    st.jobs_notify.notify_one();
    Ok(Ok(recipients.len()))
}

/// Stops sending at once: the sender checks the status before every mail.
pub async fn stop(st: &AppState, org: &OrgId, actor: &Actor, id: &str) -> AppResult<Result<(), Refused>> {
    let mut tx = st.store.begin().await?;
    let c = db::get(&mut tx, org, id).await?.ok_or(AppError::NotFound)?;
    if let Err(r) = rules::stop(c.status) {
        return Ok(Err(r));
    }
    if !db::set_status(&mut tx, id, Status::Sending, Status::Stopped, weerbaar_core::now_ms()).await? {
        return Ok(Err(Refused::NotSending));
    }
    log(&mut tx, org, actor, AuditAction::CampaignStopped, &c.body.name, None::<&()>, None::<&()>).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// What happened to a group of mails.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct Tally {
    pub recipients: i64,
    pub sent: i64,
    /// From the tracking pixel: many mail programs block it, so it is a lower bound.
    pub opened: i64,
    /// Confirmed by a person on the interstitial page.
    pub clicked: i64,
    /// Mails whose link was fetched in a way the click rules filter (scanners, previews),
    /// counted once per mail.
    pub clicks_filtered: i64,
    pub reported: i64,
}

impl Tally {
    fn add(&mut self, c: &Counts) {
        self.recipients += c.recipients;
        self.sent += c.sent;
        self.opened += c.opened;
        self.clicked += c.clicked;
        self.clicks_filtered += c.filtered;
        self.reported += c.reported;
    }
}

/// A campaign's counts, in total and per group.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct Results {
    #[serde(flatten)]
    pub total: Tally,
    /// Per department, groups under five people merged into "other"; empty when the
    /// whole campaign reached fewer than five people.
    pub by_department: Vec<GroupResults>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct GroupResults {
    pub department: String,
    #[serde(flatten)]
    pub tally: Tally,
}

/// Adds up counts per department into groups of at least five people.
pub fn results(counts: &[Counts]) -> Results {
    let sizes: BTreeMap<String, usize> =
        counts.iter().map(|c| (c.department.clone(), usize::try_from(c.recipients).unwrap_or(0))).collect();
    let groups = groups::merge(&sizes);
    let mut total = Tally::default();
    let mut by: BTreeMap<String, GroupResults> = BTreeMap::new();
    for c in counts {
        total.add(c);
        if let Some(g) = groups.as_ref().and_then(|g| g.get(&c.department)) {
            by.entry(g.clone())
                .or_insert_with(|| GroupResults { department: g.clone(), ..Default::default() })
                .tally
                .add(c);
        }
    }
    if total.recipients < groups::MIN_GROUP as i64 {
        // Too few people: even the totals would describe them.
        return Results { total: Tally { recipients: total.recipients, ..Tally::default() }, by_department: vec![] };
    }
    let mut by_department: Vec<GroupResults> = by.into_values().collect();
    by_department.sort_by_key(|g| g.department == groups::OTHER);
    Results { total, by_department }
}

/// The campaigns of an organisation with their results.
pub async fn list(st: &AppState, org: &OrgId) -> AppResult<Vec<(Campaign, Results)>> {
    let mut c = st.store.conn().await?;
    let mut out = Vec::new();
    for camp in db::list(&mut c, org).await? {
        let counts = db::counts(&mut c, &camp.id).await?;
        out.push((camp, results(&counts)));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(d: &str, n: i64, clicked: i64) -> Counts {
        Counts { department: d.into(), recipients: n, sent: n, opened: 0, clicked, filtered: 1, reported: 0 }
    }

    #[test]
    fn small_departments_merge_and_tiny_campaigns_show_nothing() {
        let r = results(&[counts("IT", 6, 2), counts("Sport", 2, 1), counts("Cultuur", 3, 0)]);
        assert_eq!(r.total.clicked, 3);
        assert_eq!(r.total.clicks_filtered, 3);
        assert_eq!(
            r.by_department.iter().map(|g| (g.department.as_str(), g.tally.recipients)).collect::<Vec<_>>(),
            [("IT", 6), ("other", 5)]
        );
        let tiny = results(&[counts("IT", 4, 1)]);
        assert_eq!((tiny.total.clicked, tiny.by_department.len()), (0, 0));
    }
}
