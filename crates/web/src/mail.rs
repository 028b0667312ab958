//! Outgoing mail: over SMTP (lettre with rustls) or, without SMTP configured, as .eml
//! files in the data directory's outbox so a small installation can still read them.
//! Mail is never sent inside a request: handlers queue a job in the same transaction
//! as the change, and the job worker sends it.

use std::path::PathBuf;

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use serde::{Deserialize, Serialize};
use weerbaar_store::{Db, jobs};

use crate::WebConfig;

pub const JOB_KIND: &str = "mail";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

pub struct Mailer {
    smtp: Option<AsyncSmtpTransport<Tokio1Executor>>,
    from: Option<Mailbox>,
    outbox: Option<PathBuf>,
    config_error: Option<String>,
}

impl Mailer {
    pub fn new(cfg: &WebConfig) -> Mailer {
        let mut config_error = None;
        let smtp = cfg.smtp_url.as_deref().and_then(|u| match AsyncSmtpTransport::<Tokio1Executor>::from_url(u) {
            Ok(b) => Some(b.timeout(Some(std::time::Duration::from_secs(20))).build()),
            Err(e) => {
                config_error = Some(format!("invalid SMTP URL: {e}"));
                None
            }
        });
        let from = match cfg.mail_from.parse::<Mailbox>() {
            Ok(m) => Some(m),
            Err(e) => {
                config_error = Some(format!("invalid sender address {}: {e}", cfg.mail_from));
                None
            }
        };
        Mailer { smtp, from, outbox: cfg.outbox_dir.clone(), config_error }
    }

    /// A configuration problem to report at start-up.
    pub fn problem(&self) -> Option<&str> {
        self.config_error.as_deref()
    }

    pub async fn send(&self, m: &Mail) -> Result<(), String> {
        let from = self.from.clone().ok_or("no valid sender address configured")?;
        let to: Mailbox = m.to.parse().map_err(|e| format!("invalid recipient {}: {e}", m.to))?;
        let msg = Message::builder()
            .from(from)
            .to(to)
            .subject(&m.subject)
            .header(ContentType::TEXT_PLAIN)
            .body(m.body.clone())
            .map_err(|e| format!("cannot build message: {e}"))?;
        self.send_message(&m.to, msg).await
    }

    /// Sends a message built elsewhere (a phishing exercise has its own sender).
    pub async fn send_message(&self, to: &str, msg: Message) -> Result<(), String> {
        let m = Mail { to: to.to_string(), subject: String::new(), body: String::new() };
        if let Some(t) = &self.smtp {
            t.send(msg).await.map_err(|e| format!("SMTP: {e}"))?;
            return Ok(());
        }
        if let Some(dir) = &self.outbox {
            tokio::fs::create_dir_all(dir).await.map_err(|e| format!("outbox: {e}"))?;
            let safe: String =
                m.to.chars().map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '@' { c } else { '_' }).collect();
            let path = dir.join(format!("{}-{safe}.eml", weerbaar_core::now_ms()));
            tokio::fs::write(&path, msg.formatted()).await.map_err(|e| format!("outbox: {e}"))?;
            tracing::info!(to = %m.to, file = %path.display(), "mail written to the outbox (no SMTP configured)");
            return Ok(());
        }
        Err("no SMTP server and no outbox configured".into())
    }
}

/// Queues a mail in the caller's transaction: sent only if the change commits.
pub async fn queue(db: &mut impl Db, mail: &Mail) -> Result<(), weerbaar_store::StoreError> {
    let payload = serde_json::to_value(mail).map_err(|e| weerbaar_store::StoreError::Corrupt(e.to_string()))?;
    jobs::enqueue(db, JOB_KIND, &payload, weerbaar_core::now_ms()).await?;
    Ok(())
}
