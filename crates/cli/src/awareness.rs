//! `weerbaar staff` and `weerbaar phishing`: the staff list from a spreadsheet export
//! (a nightly HR export can keep it current) and reports that reach the report address
//! (the mail server pipes each message in), with the same steps and rules as the web.

use std::io::Read;
use std::path::PathBuf;

use clap::Subcommand;
use weerbaar_core::awareness::staff::IMPORT_MAX_BYTES;
use weerbaar_web::awareness::service::import_staff;
use weerbaar_web::awareness::tracking::report_message;
use weerbaar_web::findings::service::Actor;

use crate::config::Settings;
use crate::{CliError, CliResult};

#[derive(Subcommand)]
pub enum StaffCommand {
    /// Import the staff list from CSV: new addresses are added, known ones updated
    Import {
        /// The organisation: its id or its exact name
        #[arg(long)]
        org: String,
        /// Only show what would change
        #[arg(long)]
        dry_run: bool,
        /// Mark people on the list but missing from the file as left
        #[arg(long)]
        mark_leavers: bool,
        /// The language of messages: nl, en or fr
        #[arg(long, default_value = "nl")]
        lang: String,
        /// The CSV file (name, email, department; optionally language and manager)
        file: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum PhishingCommand {
    /// Record a message that reached the report address (from a file, or standard input
    /// when the file is "-"), matched to its exercise by the token in it
    Report {
        /// The organisation: its id or its exact name
        #[arg(long)]
        org: String,
        /// The message as received (RFC 5322), or "-"
        file: PathBuf,
    },
}

fn err(e: impl std::fmt::Display) -> CliError {
    CliError::Message(e.to_string())
}

pub async fn staff(s: &Settings, c: StaffCommand) -> CliResult {
    let store = crate::admin::open(s).await?;
    match c {
        StaffCommand::Import { org, dry_run, mark_leavers, lang, file } => {
            let lang = crate::input::lang(&lang)?;
            let o = crate::admin::find_org(&store, &org).await?;
            let bytes = crate::input::file(&file, IMPORT_MAX_BYTES)?;
            match import_staff(&store, &o.id, &Actor::cli(), &bytes, mark_leavers, dry_run).await.map_err(err)? {
                Ok(r) => {
                    let verb = if dry_run { "would be" } else { "were" };
                    println!("{} created, {} updated, {} left ({verb})", r.created, r.updated, r.left);
                    if r.leavers_skipped {
                        println!("no one was marked as left: some lines have problems");
                    }
                    for p in &r.problems {
                        println!("line {}: {}", p.line, lang.field_error(&p.error));
                    }
                    Ok(())
                }
                Err(e) => Err(CliError::Message(weerbaar_web::awareness::unreadable_text(lang, &e))),
            }
        }
    }
}

pub async fn phishing(s: &Settings, c: PhishingCommand) -> CliResult {
    let store = crate::admin::open(s).await?;
    match c {
        PhishingCommand::Report { org, file } => {
            let o = crate::admin::find_org(&store, &org).await?;
            let raw = if file.as_os_str() == "-" {
                let mut buf = Vec::new();
                std::io::stdin().take(1024 * 1024).read_to_end(&mut buf).map_err(err)?;
                buf
            } else {
                crate::input::file(&file, 1024 * 1024)?
            };
            let matched = report_message(&store, &o.id, &String::from_utf8_lossy(&raw)).await.map_err(err)?;
            // An unmatched message is not an error: the mail server must not bounce it.
            println!("{}", if matched { "reported" } else { "no exercise token found" });
            Ok(())
        }
    }
}
