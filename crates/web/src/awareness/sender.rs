//! Background work for awareness: sending a campaign's mails at its rate (a job that
//! checks the campaign's status before every mail, so "stop" halts it at once), the
//! training mails (a personal link when something is assigned, then at most one
//! reminder a week), and erasing leavers' results after the retention period.

use std::time::Duration;

use jiff::civil::Date;
use lettre::message::{Mailbox, Message, MultiPart};
use weerbaar_core::OrgId;
use weerbaar_core::awareness::campaign::Status;
use weerbaar_core::awareness::progress::{self, LINK_DAYS};
use weerbaar_core::awareness::staff::first_name;
use weerbaar_core::secret::{hash_token, random_token};
use weerbaar_store::awareness::campaigns::{self as db, Recipient};
use weerbaar_store::awareness::{staff, training};
use weerbaar_store::{Db, jobs};

use super::service::library;
use crate::AppState;
use crate::i18n::Lang;
use crate::mail::{Mail, queue};

pub const SEND_JOB: &str = "phishing-send";
/// One run of the send job sends for at most this long, then hands over to a new job,
/// well within the job lease.
const RUN_MS: i64 = 60_000;

/// Queues (or moves) the send job of a campaign.
pub async fn schedule(db: &mut impl Db, campaign: &str, at: i64) -> Result<(), weerbaar_store::StoreError> {
    jobs::schedule_once(db, SEND_JOB, &serde_json::json!({ "campaign": campaign }), at).await
}

pub fn campaign_of(payload: &str) -> Result<String, String> {
    let v: serde_json::Value = serde_json::from_str(payload).map_err(|e| format!("bad payload: {e}"))?;
    v["campaign"].as_str().map(str::to_string).ok_or_else(|| "bad payload: no campaign".into())
}

/// Mails in flight at once: an SMTP server acknowledges each message after a round
/// trip, so a few connections side by side keep the rate; the pool reuses them.
const IN_FLIGHT: usize = 8;

/// Sends what is due of a campaign, for at most [`RUN_MS`]; then queues itself again
/// for the next mail, or marks the campaign finished when all were sent.
pub async fn run(st: &AppState, campaign: &str) -> Result<usize, String> {
    let started = weerbaar_core::now_ms();
    let mut sent = 0;
    let e = |x: weerbaar_store::StoreError| x.to_string();
    // The sender does not change once a campaign is launched.
    let sender = {
        let mut c = st.store.conn().await.map_err(e)?;
        let Some(org) = db::org_of(&mut c, campaign).await.map_err(e)? else { return Ok(0) };
        let camp = db::get(&mut c, &org, campaign).await.map_err(e)?.ok_or("campaign gone")?;
        (camp.body.sender_name, camp.body.sender_address, i64::from(camp.body.per_minute))
    };
    let per_minute = sender.2;
    let sender = (sender.0, sender.1);
    loop {
        let now = weerbaar_core::now_ms();
        let mut c = st.store.conn().await.map_err(e)?;
        if db::status_of(&mut c, campaign).await.map_err(e)? != Some(Status::Sending) {
            return Ok(sent);
        }
        // Behind schedule (a slow mail server), the backlog still goes out at the rate.
        let room = per_minute - db::sent_since(&mut c, campaign, now - 60_000).await.map_err(e)?;
        if room <= 0 {
            if now - started > RUN_MS {
                schedule(&mut c, campaign, now + 1_000).await.map_err(e)?;
                return Ok(sent);
            }
            drop(c);
            tokio::time::sleep(Duration::from_millis(250)).await;
            continue;
        }
        let due = db::due(&mut c, campaign, now, room.min(64)).await.map_err(e)?;
        drop(c);
        for chunk in due.chunks(IN_FLIGHT) {
            let mut set = tokio::task::JoinSet::new();
            for r in chunk {
                let (st, campaign, r, sender) = (st.clone(), campaign.to_string(), r.clone(), sender.clone());
                set.spawn(async move { send_checked(&st, &campaign, &r, &sender).await });
            }
            while let Some(done) = set.join_next().await {
                sent += usize::from(done.map_err(|x| x.to_string())??);
            }
        }
        let mut c = st.store.conn().await.map_err(e)?;
        if db::status_of(&mut c, campaign).await.map_err(e)? != Some(Status::Sending) {
            return Ok(sent);
        }
        let Some(next) = db::next_due(&mut c, campaign).await.map_err(e)? else {
            db::set_status(&mut c, campaign, Status::Sending, Status::Finished, weerbaar_core::now_ms())
                .await
                .map_err(e)?;
            return Ok(sent);
        };
        let now = weerbaar_core::now_ms();
        if next - now > 2_000 || now - started > RUN_MS {
            schedule(&mut c, campaign, next.max(now)).await.map_err(e)?;
            return Ok(sent);
        }
        drop(c);
        if next > now {
            tokio::time::sleep(Duration::from_millis((next - now) as u64)).await;
        }
    }
}

/// Sends one mail unless the campaign was stopped meanwhile (the stop button counts
/// from the next mail on); a mail that fails is marked and not retried.
async fn send_checked(st: &AppState, campaign: &str, r: &Recipient, sender: &(String, String)) -> Result<bool, String> {
    let e = |x: weerbaar_store::StoreError| x.to_string();
    let mut c = st.store.conn().await.map_err(e)?;
    if db::status_of(&mut c, campaign).await.map_err(e)? != Some(Status::Sending) {
        return Ok(false);
    }
    drop(c);
    let outcome = send_one(st, r, sender).await;
    let mut c = st.store.conn().await.map_err(e)?;
    match outcome {
        Ok(()) => {
            db::mark_sent(&mut c, &r.id, weerbaar_core::now_ms()).await.map_err(e)?;
            Ok(true)
        }
        Err(msg) => {
            tracing::warn!(campaign = %campaign, error = %msg, "phishing exercise mail not sent");
            db::mark_failed(&mut c, &r.id, &msg).await.map_err(e)?;
            Ok(false)
        }
    }
}

/// The exercise mail of one recipient.
pub fn message(st: &AppState, r: &Recipient, name: &str, to: &str, sender: (&str, &str)) -> Result<Message, String> {
    let lib = library().map_err(|e| e.to_string())?;
    let t = lib.template(&r.template).ok_or_else(|| format!("unknown template {}", r.template))?;
    let texts = t.texts(&r.lang);
    let base = st.cfg.public_url.trim_end_matches('/');
    let link = format!("{base}/p/c/{}", r.token);
    let report = format!("{base}/p/r/{}", r.token);
    let domain = weerbaar_core::account::email_domain(sender.1);
    let body = texts.body.replace("{{first_name}}", first_name(name)).replace("{{sender_domain}}", domain);
    let lang = Lang::parse(&r.lang).unwrap_or(Lang::DEFAULT);
    let footer = lang.t1("phishing-mail-footer", "link", &report);
    let plain = format!("{}\n\n--\n{footer}\n", body.replace("{{link}}", &link));
    let esc = crate::forms::esc;
    let anchor = format!("<a href=\"{}\">{}</a>", esc(&link), esc(&link));
    let paragraphs: String = body
        .split("\n\n")
        .map(|p| format!("<p>{}</p>", esc(p.trim()).replace("{{link}}", &anchor).replace('\n', "<br>")))
        .collect();
    let html = format!(
        "<!doctype html><html lang=\"{}\"><body>{paragraphs}<hr><p style=\"font-size:small\">{}</p>\
         <img src=\"{base}/p/o/{}.gif\" alt=\"\" width=\"1\" height=\"1\"></body></html>",
        lang.tag(),
        esc(&footer).replace(&esc(&report), &format!("<a href=\"{}\">{}</a>", esc(&report), esc(&report))),
        r.token
    );
    let from = Mailbox::new(Some(sender.0.to_string()), sender.1.parse().map_err(|e| format!("sender: {e}"))?);
    let to: Mailbox = to.parse().map_err(|e| format!("recipient: {e}"))?;
    let subject = texts.subject.replace("{{first_name}}", first_name(name));
    Message::builder()
        .from(from)
        .to(to)
        .subject(subject)
        .header(ReportToken(r.token.clone()))
        .multipart(MultiPart::alternative_plain_html(plain, html))
        .map_err(|e| format!("cannot build message: {e}"))
}

/// The header that lets a report forwarded to the report address find its campaign.
#[derive(Clone)]
struct ReportToken(String);

impl lettre::message::header::Header for ReportToken {
    fn name() -> lettre::message::header::HeaderName {
        lettre::message::header::HeaderName::new_from_ascii_str("X-Report-Token")
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ReportToken(s.to_string()))
    }
    fn display(&self) -> lettre::message::header::HeaderValue {
        lettre::message::header::HeaderValue::new(Self::name(), self.0.clone())
    }
}

async fn send_one(st: &AppState, r: &Recipient, sender: &(String, String)) -> Result<(), String> {
    let e = |x: weerbaar_store::StoreError| x.to_string();
    let mut c = st.store.conn().await.map_err(e)?;
    let person = match &r.staff_id {
        Some(id) => staff::by_id(&mut c, id).await.map_err(e)?,
        None => None,
    };
    drop(c);
    let Some(person) = person.filter(|p| p.active()) else { return Err("the person left".into()) };
    let today = weerbaar_core::today().to_string();
    if person.quiet_until.as_deref().is_some_and(|q| q >= today.as_str()) {
        return Err("the person is away (quiet period)".into());
    }
    let msg = message(st, r, &person.name, &person.email, (&sender.0, &sender.1))?;
    st.mailer.send_message(&person.email, msg).await
}

/// Finds the report token in a reported message: the header, or a link in the text.
pub fn report_token(raw: &str) -> Option<String> {
    let ok = |t: &str| t.len() >= 20 && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    for line in raw.lines() {
        if let Some(v) = line.strip_prefix("X-Report-Token:").or_else(|| line.strip_prefix("x-report-token:")) {
            let v = v.trim();
            if ok(v) {
                return Some(v.to_string());
            }
        }
    }
    let joined = raw.replace("=\r\n", "").replace("=\n", "");
    for marker in ["/p/r/", "/p/c/", "/p/o/"] {
        for (i, _) in joined.match_indices(marker) {
            let t: String = joined[i + marker.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            if ok(&t) {
                return Some(t);
            }
        }
    }
    None
}

/// Sends a new personal link to one person (queued in the caller's transaction).
pub async fn mail_link(
    db: &mut impl Db,
    st: &AppState,
    s: &staff::Staff,
    reminder: bool,
    today: Date,
) -> Result<(), weerbaar_store::StoreError> {
    let token = random_token();
    let now = weerbaar_core::now_ms();
    staff::create_link(db, s, &hash_token(&token), now, now + LINK_DAYS * 86_400_000).await?;
    let lang = Lang::parse(&s.lang).unwrap_or(Lang::DEFAULT);
    let link = format!("{}/t/{token}", st.cfg.public_url.trim_end_matches('/'));
    let args = [("name", first_name(&s.name).to_string()), ("link", link), ("days", LINK_DAYS.to_string())];
    let (subject, body) = if reminder {
        (lang.t("training-mail-reminder-subject"), lang.t_args("training-mail-reminder-body", &args))
    } else {
        (lang.t("training-mail-link-subject"), lang.t_args("training-mail-link-body", &args))
    };
    queue(db, &Mail { to: s.email.clone(), subject, body }).await?;
    staff::set_last_mailed(db, &s.id, &today.to_string()).await
}

/// Training mails of one organisation: a personal link to everyone with an open
/// assignment who got no training mail this week and is not in a quiet period.
pub async fn training_mails(st: &AppState, org: &OrgId, today: Date) -> Result<usize, crate::error::AppError> {
    let learners = super::service::learners(st, org, None, super::service::FollowUps::Include).await?;
    let mut open: std::collections::BTreeMap<String, bool> = Default::default();
    for (_, l) in &learners {
        *open.entry(l.person.clone()).or_default() |= !l.completed;
    }
    let mut tx = st.store.begin().await?;
    let people = staff::list(&mut tx, org).await?;
    let mut n = 0;
    for s in people.iter().filter(|s| s.active()) {
        let is_open = open.get(&s.id).copied().unwrap_or(false);
        let last = s.last_mailed.as_deref().and_then(|d| d.parse().ok());
        let quiet = s.quiet_until.as_deref().and_then(|d| d.parse().ok());
        if progress::reminder_due(today, is_open, last, quiet)
            && staff::claim_mail(&mut tx, &s.id, s.last_mailed.as_deref(), &today.to_string()).await?
        {
            mail_link(&mut tx, st, s, last.is_some(), today).await?;
            n += 1;
        }
    }
    tx.commit().await?;
    if n > 0 {
        st.jobs_notify.notify_one();
    }
    Ok(n)
}

/// The training mails of every organisation with assignments (housekeeping).
pub async fn all_training_mails(st: &AppState, today: Date) -> Result<usize, crate::error::AppError> {
    let mut c = st.store.conn().await?;
    let orgs = training::orgs_with_assignments(&mut c).await?;
    drop(c);
    let mut n = 0;
    for o in orgs {
        n += training_mails(st, &o, today).await?;
    }
    Ok(n)
}

/// Erases the personal rows of people who left longer ago than their organisation's
/// retention period; what only counts stays (without the link to the person).
pub async fn erase_leavers(st: &AppState, today: Date) -> Result<usize, weerbaar_store::StoreError> {
    let mut tx = st.store.begin().await?;
    let mut n = 0;
    for (id, left_on, months) in staff::leavers(&mut tx).await? {
        let months = months.and_then(|m| u32::try_from(m).ok()).unwrap_or(progress::RETENTION_MONTHS_DEFAULT);
        if left_on.parse().is_ok_and(|d| progress::erase_due(d, months, today)) {
            staff::erase(&mut tx, &id).await?;
            n += 1;
        }
    }
    tx.commit().await?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_tokens_are_found_in_headers_and_links() {
        let t = "abcdefghijklmnopqrstuvwxyz0123456789_-AB";
        assert_eq!(report_token(&format!("Subject: x\r\nX-Report-Token: {t}\r\n\r\nhi")).as_deref(), Some(t));
        let fwd = format!("---------- Forwarded ----------\n... https://weerbaar.test/p/c/{t}\n");
        assert_eq!(report_token(&fwd).as_deref(), Some(t));
        let qp = format!("Meld: https://weerbaar.test/p/r/{}=\r\n{}", &t[..10], &t[10..]);
        assert_eq!(report_token(&qp).as_deref(), Some(t));
        assert_eq!(report_token("nothing here /p/r/short"), None);
    }
}
