//! `weerbaar frameworks`: the self-assessment's framework library from the command line
//! (an operator installs a library file on a server without a browser), with the same
//! steps and rules as the web's import.

use std::path::PathBuf;

use clap::Subcommand;
use weerbaar_core::assessment::{FILE_MAX_BYTES, Format};
use weerbaar_store::assessments::frameworks;
use weerbaar_web::assessment::library::problem_text;
use weerbaar_web::assessment::service::import_framework;
use weerbaar_web::findings::service::Actor;

use crate::config::Settings;
use crate::{CliError, CliResult};

#[derive(Subcommand)]
pub enum FrameworksCommand {
    /// List the framework library
    List,
    /// Import a CISO Assistant library (YAML) or an OSCAL catalog (JSON); a newer
    /// version of a known framework replaces it and keeps answers by requirement id
    Import {
        /// ciso-assistant-yaml or oscal-catalog
        #[arg(long)]
        format: String,
        /// The language of messages: nl, en or fr
        #[arg(long, default_value = "nl")]
        lang: String,
        /// The framework file
        file: PathBuf,
    },
}

pub async fn run(s: &Settings, c: FrameworksCommand) -> CliResult {
    let store = crate::admin::open(s).await?;
    match c {
        FrameworksCommand::List => {
            let mut c = store.conn().await?;
            for f in frameworks::list(&mut c).await? {
                println!(
                    "{}\t{}\t{}\t{}/{}\t{}",
                    f.id,
                    f.version,
                    f.level_ids().join(","),
                    f.assessable,
                    f.requirements,
                    f.name
                );
            }
            Ok(())
        }
        FrameworksCommand::Import { format, lang, file } => {
            let lang = crate::input::lang(&lang)?;
            let format = Format::parse(&format).ok_or_else(|| {
                crate::input::unknown_format(&format, &Format::ALL.iter().map(|f| f.as_str()).collect::<Vec<_>>())
            })?;
            let bytes = crate::input::file(&file, FILE_MAX_BYTES)?;
            match import_framework(&store, &Actor::cli(), format, &bytes)
                .await
                .map_err(|e| CliError::Message(e.to_string()))?
            {
                Ok(i) => {
                    println!("{}\t{}\t{}", i.summary.id, i.summary.version, i.summary.name);
                    if let Some(u) = i.upgrade {
                        println!(
                            "kept {} answered requirements; {} new, {} removed",
                            u.kept,
                            u.added.len(),
                            u.removed.len()
                        );
                    }
                    for (a, reqs) in i.orphaned {
                        println!(
                            "assessment {a}: answers on requirements no longer in the framework: {}",
                            reqs.join(", ")
                        );
                    }
                    Ok(())
                }
                Err(p) => Err(CliError::Message(
                    p.iter()
                        .map(|x| format!("{}: {}", file.display(), problem_text(lang, x)))
                        .collect::<Vec<_>>()
                        .join("\n"),
                )),
            }
        }
    }
}
