//! `weerbaar`: one binary that serves the web UI and API and administers an installation.

mod admin;
mod awareness;
mod config;
mod findings;
mod frameworks;
mod input;
mod progress;
mod serve;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use config::{Global, ServeArgs};

#[derive(Parser)]
#[command(name = "weerbaar", version, about = "Weerbaar: cyber resilience for local government", long_about = None)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (UI, API and background jobs)
    Serve(ServeArgs),
    /// Bring the database schema up to date and exit
    Migrate,
    /// Check the toolkit content built into this binary and bring it into the database
    /// (what `serve` also does at start); prints what was added, updated or held back
    LoadContent,
    /// Manage organisations
    #[command(subcommand)]
    Org(admin::OrgCommand),
    /// Manage accounts
    #[command(subcommand)]
    User(admin::UserCommand),
    /// Write a consistent backup of the whole database to FILE (safe while serving)
    Backup {
        /// Where to write the backup (JSON lines with a checksum)
        file: std::path::PathBuf,
    },
    /// Restore a backup FILE into an empty database
    Restore {
        /// A file written by `weerbaar backup`
        file: std::path::PathBuf,
    },
    /// Write an organisation's plan documents, or its whole offline grab pack, to a folder
    Export(admin::ExportArgs),
    /// Audits and findings: list engagements, import scanner reports
    #[command(subcommand)]
    Findings(findings::FindingsCommand),
    /// Self-assessment frameworks: list the library, import a library or catalog file
    #[command(subcommand)]
    Frameworks(frameworks::FrameworksCommand),
    /// The staff list for training and exercises: import a CSV export
    #[command(subcommand)]
    Staff(awareness::StaffCommand),
    /// Phishing exercises: record a message that reached the report address
    #[command(subcommand)]
    Phishing(awareness::PhishingCommand),
}

fn main() -> ExitCode {
    weerbaar_alloc::return_freed_memory_at_once();
    if !weerbaar_alloc::configured() {
        eprintln!("warning: the memory allocator's settings are not in force; memory use will be higher");
    }
    let cli = Cli::parse();
    let serve_args = match &cli.command {
        Command::Serve(a) => a.clone(),
        _ => ServeArgs::default(),
    };
    let settings = match config::resolve(&cli.global, &serve_args) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    init_logging(settings.json_logs, matches!(cli.command, Command::Serve(_)));
    let rt = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = rt.block_on(async move {
        match cli.command {
            Command::Serve(_) => serve::run(settings).await,
            Command::Migrate => admin::migrate(&settings).await,
            Command::LoadContent => admin::load_content(&settings).await,
            Command::Org(c) => admin::org(&settings, c).await,
            Command::User(c) => admin::user(&settings, c).await,
            Command::Backup { file } => admin::backup(&settings, &file).await,
            Command::Restore { file } => admin::restore(&settings, &file).await,
            Command::Export(a) => admin::export(&settings, &a).await,
            Command::Findings(c) => findings::run(&settings, c).await,
            Command::Frameworks(c) => frameworks::run(&settings, c).await,
            Command::Staff(c) => awareness::staff(&settings, c).await,
            Command::Phishing(c) => awareness::phishing(&settings, c).await,
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging(json: bool, serving: bool) {
    use tracing_subscriber::EnvFilter;
    let default = if serving { "info,sqlx=warn,tower_http=warn" } else { "warn" };
    let filter = EnvFilter::try_from_env("WEERBAAR_LOG").unwrap_or_else(|_| EnvFilter::new(default));
    let b = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if json {
        let _ = b.json().flatten_event(true).try_init();
    } else {
        let _ = b.try_init();
    }
}

/// What a command reports when it fails: a sentence for the operator.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Store(#[from] weerbaar_store::StoreError),
    #[error("{0}")]
    Message(String),
}

impl From<weerbaar_store::migrate::MigrationError> for CliError {
    fn from(e: weerbaar_store::migrate::MigrationError) -> Self {
        CliError::Store(e.into())
    }
}

pub type CliResult = Result<(), CliError>;
