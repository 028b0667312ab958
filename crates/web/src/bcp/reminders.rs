//! The yearly review: a month before the plan's review date (or once it has passed), the
//! plan owner gets one e-mail. Changing the review date re-arms the reminder.

use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_store::{StoreError, audit, bcp as db};

use crate::AppState;
use crate::i18n::Lang;
use crate::mail::{self, Mail};

/// How long before the review date the owner is reminded.
pub const DAYS_AHEAD: i64 = 30;

/// Queues the reminders that are due; returns how many.
pub async fn send_due(st: &AppState) -> Result<usize, StoreError> {
    let today = weerbaar_core::today();
    let due = {
        let mut c = st.store.conn().await?;
        db::due_for_review_reminder(&mut c, today, DAYS_AHEAD).await?
    };
    let mut sent = 0;
    for (org, email, date, language) in due {
        let lang = Lang::parse(&language).unwrap_or(Lang::DEFAULT);
        let mut tx = st.store.begin().await?;
        if !db::mark_review_reminded(&mut tx, &org).await? {
            continue;
        }
        let name = weerbaar_store::orgs::get(&mut tx, &org).await?.map(|o| o.profile.name).unwrap_or_default();
        let args = [
            ("org", name.clone()),
            ("date", lang.day(date)),
            ("link", crate::auth::link(st, &format!("/o/{org}/plan/review"))),
        ];
        let m = Mail {
            to: email.clone(),
            subject: lang.t_args("mail-review-subject", &args),
            body: lang.t_args("mail-review-body", &args),
        };
        mail::queue(&mut tx, &m).await?;
        audit::append(
            &mut tx,
            &NewAuditEntry::new(AuditAction::PlanReviewReminded, None, "weerbaar")
                .org(&org)
                .target(&email)
                .change(None, Some(serde_json::json!({"next_review": date}))),
        )
        .await?;
        tx.commit().await?;
        sent += 1;
    }
    if sent > 0 {
        st.jobs_notify.notify_one();
    }
    Ok(sent)
}
