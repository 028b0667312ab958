//! The register's background work, run with the worker's housekeeping: accepted risks
//! whose expiry has come reopen by themselves (owner and approver get an e-mail), and
//! once a week each owner gets a digest of their open and overdue findings.

use std::collections::BTreeMap;

use weerbaar_core::findings::flow::Request;
use weerbaar_core::findings::{Finding, Status};
use weerbaar_store::{StoreError, findings as db, orgs};

use super::service::{self, Actor, Outcome};
use crate::AppState;
use crate::i18n::Lang;
use crate::mail::{self, Mail};

/// Reopens every accepted risk whose expiry is `today` or earlier; returns how many.
pub async fn reopen_expired(st: &AppState, today: jiff::civil::Date) -> Result<usize, crate::error::AppError> {
    let due = {
        let mut c = st.store.conn().await?;
        db::expired_acceptances(&mut c, today).await?
    };
    let mut n = 0;
    for (org, id) in due {
        let before = {
            let mut c = st.store.conn().await?;
            db::get(&mut c, &org, &id).await?
        };
        let Some(before) = before else { continue };
        let r = Request { to: Status::Confirmed.as_str().into(), ..Default::default() };
        if let Outcome::Done(f) =
            service::transition(st, &org, &Actor::system(), &id, Some(before.version), &r, today).await?
        {
            let lang = Lang::DEFAULT;
            let mut tx = st.store.begin().await?;
            let name = orgs::get(&mut tx, &org).await?.map(|o| o.profile.name).unwrap_or_default();
            let until = before.acceptance.as_ref().map(|a| lang.day(a.until)).unwrap_or_default();
            let link = crate::auth::link(st, &format!("/o/{org}/findings/{}", f.id));
            let mut to: Vec<String> = vec![f.owner_email.clone()];
            if let Some(a) = &before.acceptance {
                to.push(a.approver_email.clone());
            }
            to.retain(|e| !e.is_empty());
            to.dedup();
            for email in to {
                let args = [
                    ("org", name.clone()),
                    ("title", f.title.clone()),
                    ("until", until.clone()),
                    ("link", link.clone()),
                ];
                mail::queue(
                    &mut tx,
                    &Mail {
                        to: email,
                        subject: lang.t_args("mail-risk-expired-subject", &args),
                        body: lang.t_args("mail-risk-expired-body", &args),
                    },
                )
                .await?;
            }
            tx.commit().await?;
            n += 1;
        }
    }
    if n > 0 {
        st.jobs_notify.notify_one();
    }
    Ok(n)
}

fn line(lang: Lang, f: &Finding, today: jiff::civil::Date) -> String {
    let due = f.due.map(|d| lang.day(d)).unwrap_or_else(|| "—".into());
    let late = if f.is_overdue(today) { format!(" ({})", lang.t("findings-overdue")) } else { String::new() };
    format!(
        "- [{}] {} · {}: {due}{late}",
        super::views::severity(lang, f.severity),
        f.title,
        lang.t("finding-field-due")
    )
}

/// Once a week per organisation: each owner's open findings, overdue ones marked.
pub async fn send_digests(st: &AppState, today: jiff::civil::Date) -> Result<usize, StoreError> {
    let orgs_due = {
        let mut c = st.store.conn().await?;
        db::digest_due(&mut c, today).await?
    };
    let mut sent = 0;
    for org in orgs_due {
        let mut tx = st.store.begin().await?;
        if !db::mark_digest(&mut tx, &org, today).await? {
            continue;
        }
        let name = orgs::get(&mut tx, &org).await?.map(|o| o.profile.name).unwrap_or_default();
        let all = db::all(&mut tx, &org, None).await?;
        let mut by_owner: BTreeMap<String, Vec<&Finding>> = BTreeMap::new();
        for f in all.iter().filter(|f| f.status.is_open() && !f.owner_email.is_empty()) {
            by_owner.entry(f.owner_email.clone()).or_default().push(f);
        }
        let lang = Lang::DEFAULT;
        for (email, list) in by_owner {
            let overdue = list.iter().filter(|f| f.is_overdue(today)).count();
            let lines: Vec<String> = list.iter().map(|f| line(lang, f, today)).collect();
            let args = [
                ("org", name.clone()),
                ("count", list.len().to_string()),
                ("overdue", overdue.to_string()),
                ("list", lines.join("\n")),
                (
                    "link",
                    crate::auth::link(
                        st,
                        &format!("/o/{org}/findings?status=open&owner={}", crate::page::urlencode(&email)),
                    ),
                ),
            ];
            mail::queue(
                &mut tx,
                &Mail {
                    to: email,
                    subject: lang.t_args("mail-findings-digest-subject", &args),
                    body: lang.t_args("mail-findings-digest-body", &args),
                },
            )
            .await?;
            sent += 1;
        }
        tx.commit().await?;
    }
    if sent > 0 {
        st.jobs_notify.notify_one();
    }
    Ok(sent)
}
