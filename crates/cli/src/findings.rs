//! `weerbaar findings`: scanner imports from the command line (a nightly scan job can
//! hand its report straight to the register), with the same steps and rules as the web.

use std::path::PathBuf;

use clap::Subcommand;
use weerbaar_core::audit::AuditAction;
use weerbaar_scan::Format;
use weerbaar_store::{engagements, findings};
use weerbaar_web::findings::service::{Actor, log};

use crate::config::Settings;
use crate::{CliError, CliResult};

#[derive(Subcommand)]
pub enum FindingsCommand {
    /// List an organisation's audits and tests with their ids
    Engagements {
        /// The organisation: its id or its exact name
        #[arg(long)]
        org: String,
    },
    /// Import a scanner report into an engagement's findings; importing the same file
    /// again changes nothing
    Import {
        /// The organisation: its id or its exact name
        #[arg(long)]
        org: String,
        /// The engagement's id (see `weerbaar findings engagements`)
        #[arg(long)]
        engagement: String,
        /// greenbone, nessus, zap, nuclei, sarif or csv
        #[arg(long)]
        format: String,
        /// Only show what would change
        #[arg(long)]
        dry_run: bool,
        /// The language of messages: nl, en or fr
        #[arg(long, default_value = "nl")]
        lang: String,
        /// The report file
        file: PathBuf,
    },
}

pub async fn run(s: &Settings, c: FindingsCommand) -> CliResult {
    let store = crate::admin::open(s).await?;
    match c {
        FindingsCommand::Engagements { org } => {
            let o = crate::admin::find_org(&store, &org).await?;
            let mut c = store.conn().await?;
            for e in engagements::list(&mut c, &o.id).await? {
                println!("{}\t{}\t{}\t{}", e.id, e.kind.as_str(), e.status.as_str(), e.title);
            }
            Ok(())
        }
        FindingsCommand::Import { org, engagement, format, dry_run, lang, file } => {
            let lang = crate::input::lang(&lang)?;
            let format = Format::parse(&format).ok_or_else(|| {
                crate::input::unknown_format(&format, &Format::ALL.iter().map(|f| f.as_str()).collect::<Vec<_>>())
            })?;
            let o = crate::admin::find_org(&store, &org).await?;
            let e = {
                let mut c = store.conn().await?;
                engagements::get(&mut c, &o.id, &engagement)
                    .await?
                    .ok_or_else(|| CliError::Message(format!("{} has no engagement {engagement}", o.profile.name)))?
            };
            let bytes = crate::input::file(&file, weerbaar_web::findings::IMPORT_MAX_BYTES)?;
            let actor = Actor::cli();
            let mut tx = store.begin().await?;
            let r = match findings::run_import(
                &mut tx,
                &o.id,
                &e.id,
                format,
                &bytes,
                dry_run,
                &actor.label,
                weerbaar_core::today(),
            )
            .await
            {
                Ok(r) => r,
                Err(findings::ImportFailure::Store(err)) => return Err(err.into()),
                Err(f) => {
                    let lines: Vec<String> = weerbaar_web::findings::problems(lang, &f)
                        .into_iter()
                        .map(|(at, msg)| if at.is_empty() { msg } else { format!("{at}: {msg}") })
                        .collect();
                    return Err(CliError::Message(format!(
                        "{}: nothing was imported\n{}",
                        file.display(),
                        lines.join("\n")
                    )));
                }
            };
            if !dry_run && r.changes {
                let after = serde_json::json!({"format": format.as_str(), "created": r.counts.created,
                    "unchanged": r.counts.unchanged, "reopened": r.counts.reopened, "not_seen": r.counts.not_seen});
                log(&mut tx, &o.id, &actor, AuditAction::FindingsImported, &e.title, None::<&()>, Some(&after)).await?;
            }
            tx.commit().await?;
            println!(
                "{}{} results: {} new, {} unchanged, {} reopened, {} not seen (to retest)",
                if dry_run { "preview, nothing changed: " } else { "" },
                r.results,
                r.counts.created,
                r.counts.unchanged,
                r.counts.reopened,
                r.counts.not_seen
            );
            Ok(())
        }
    }
}
