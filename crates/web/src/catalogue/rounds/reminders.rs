//! Reminders to reviewers a week before the round closes.

use super::*;
use crate::mail::{self, Mail};
use weerbaar_store::{StoreError, rounds as db};

/// Queues reminders for reviewers who have not finished a round whose deadline is near.
pub async fn send_due(st: &AppState) -> Result<usize, StoreError> {
    let today = weerbaar_core::today();
    let due = {
        let mut c = st.store.conn().await?;
        db::due_for_reminder(&mut c, today, REMIND_DAYS).await?
    };
    let mut sent = 0;
    for rd in due {
        let mut tx = st.store.begin().await?;
        if !db::mark_reminded(&mut tx, &rd).await? {
            continue;
        }
        let total = db::items(&mut tx, &rd.id).await?.len();
        let given = db::scores(&mut tx, &rd.id).await?;
        for (rid, email, name, locale) in db::reviewers(&mut tx).await? {
            let done = given.iter().filter(|g| g.reviewer_id == rid).count();
            if done >= total {
                continue;
            }
            let lang = locale.as_deref().and_then(Lang::parse).unwrap_or(Lang::DEFAULT);
            let args = [
                ("name", name),
                ("round", rd.name.clone()),
                ("date", lang.day(rd.deadline)),
                ("left", (total - done).to_string()),
                ("link", crate::auth::link(st, &format!("/toolkit/rounds/{}", rd.id))),
            ];
            let m = Mail {
                to: email,
                subject: lang.t_args("mail-round-subject", &args),
                body: lang.t_args("mail-round-body", &args),
            };
            mail::queue(&mut tx, &m).await?;
            sent += 1;
        }
        tx.commit().await?;
    }
    if sent > 0 {
        st.jobs_notify.notify_one();
    }
    Ok(sent)
}
