//! The background worker every server process runs: it claims due jobs from the
//! database (so several processes share the work) and does housekeeping.

use std::time::Duration;

use tokio::sync::watch;
use weerbaar_core::now_ms;
use weerbaar_store::{jobs, sessions};

use crate::AppState;
use crate::mail::{JOB_KIND, Mail};

const LEASE_MS: i64 = 5 * 60_000;
pub const HOUSEKEEPING_MS: i64 = 10 * 60_000;

/// Wait before the next attempt: 10 s, 20 s, 40 s ... at most an hour.
pub fn backoff_ms(attempt: i64) -> i64 {
    let exp = (attempt.max(1) - 1).min(12) as u32;
    (10_000i64 << exp).min(3_600_000)
}

pub fn spawn_worker(st: AppState, mut shutdown: watch::Receiver<bool>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut last_housekeeping = 0i64;
        loop {
            if let Err(e) = drain(&st).await {
                tracing::warn!(error = %e, "job worker: database error");
            }
            let now = now_ms();
            if st.cfg.housekeeping_ms.is_some_and(|every| now - last_housekeeping > every) {
                last_housekeeping = now;
                if let Ok(mut c) = st.store.conn().await {
                    match sessions::purge(&mut c, now, st.cfg.session.idle_ms).await {
                        Ok(n) if n > 0 => tracing::info!(sessions = n, "expired sessions removed"),
                        Ok(_) => {}
                        Err(e) => tracing::warn!(error = %e, "session purge failed"),
                    }
                }
                match crate::bcp::reminders::send_due(&st).await {
                    Ok(n) if n > 0 => tracing::info!(reminders = n, "plan review reminders queued"),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "plan review reminders failed"),
                }
                match crate::catalogue::links::run(&st, &Default::default()).await {
                    Ok(n) if n > 0 => tracing::info!(links = n, "toolkit links checked"),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "toolkit link check failed"),
                }
                let today = weerbaar_core::today();
                match crate::findings::jobs::reopen_expired(&st, today).await {
                    Ok(n) if n > 0 => tracing::info!(findings = n, "accepted risks reopened at expiry"),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "reopening expired risks failed"),
                }
                match crate::findings::jobs::send_digests(&st, today).await {
                    Ok(n) if n > 0 => tracing::info!(owners = n, "findings digests queued"),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "findings digests failed"),
                }
                match crate::awareness::sender::all_training_mails(&st, today).await {
                    Ok(n) if n > 0 => tracing::info!(people = n, "training links and reminders queued"),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "training mails failed"),
                }
                match crate::awareness::sender::erase_leavers(&st, today).await {
                    Ok(n) if n > 0 => {
                        tracing::info!(people = n, "results of leavers erased after the retention period")
                    }
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "erasing leavers failed"),
                }
                if let Ok(mut c) = st.store.conn().await
                    && let Err(e) = weerbaar_store::awareness::staff::purge(&mut c, now).await
                {
                    tracing::warn!(error = %e, "purging learner links failed");
                }
                match crate::catalogue::rounds::send_due(&st).await {
                    Ok(n) if n > 0 => tracing::info!(reminders = n, "evaluation round reminders queued"),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "evaluation round reminders failed"),
                }
            }
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_millis(st.cfg.job_poll_ms)) => {}
                _ = st.jobs_notify.notified() => {}
                _ = shutdown.changed() => break,
            }
            if *shutdown.borrow() {
                break;
            }
        }
    })
}

/// Runs every job that is due now.
pub async fn drain(st: &AppState) -> Result<usize, weerbaar_store::StoreError> {
    let mut n = 0;
    loop {
        let now = now_ms();
        let job = {
            let mut c = st.store.conn().await?;
            jobs::claim(&mut c, &st.cfg.instance, now, LEASE_MS).await?
        };
        let Some(job) = job else { return Ok(n) };
        let result = run(st, &job).await;
        let mut c = st.store.conn().await?;
        match result {
            Ok(()) => jobs::complete(&mut c, &job.id, now_ms()).await?,
            Err(e) => {
                let retry = (job.attempts < job.max_attempts).then(|| now_ms() + backoff_ms(job.attempts));
                tracing::warn!(job = %job.id, kind = %job.kind, attempt = job.attempts, error = %e, "job failed");
                jobs::failed(&mut c, &job.id, &e, retry, now_ms()).await?;
            }
        }
        n += 1;
    }
}

async fn run(st: &AppState, job: &jobs::Job) -> Result<(), String> {
    match job.kind.as_str() {
        JOB_KIND => {
            let m: Mail = serde_json::from_str(&job.payload).map_err(|e| format!("bad payload: {e}"))?;
            st.mailer.send(&m).await
        }
        weerbaar_store::bcp::PACK_JOB => {
            let org = crate::documents::pack::org_of(&job.payload)?;
            crate::documents::pack::rebuild(st, &org).await.map(|_| ()).map_err(|e| e.to_string())
        }
        crate::awareness::sender::SEND_JOB => {
            let campaign = crate::awareness::sender::campaign_of(&job.payload)?;
            crate::awareness::sender::run(st, &campaign).await.map(|_| ())
        }
        other => Err(format!("unknown job kind {other}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_to_an_hour() {
        assert_eq!(backoff_ms(1), 10_000);
        assert_eq!(backoff_ms(2), 20_000);
        assert_eq!(backoff_ms(3), 40_000);
        assert_eq!(backoff_ms(20), 3_600_000);
        assert_eq!(backoff_ms(0), 10_000);
    }
}
