//! Administration from the command line: schema, organisations, accounts, backups.

use std::io::{BufRead, Write};
use std::path::Path;

use clap::Subcommand;
use weerbaar_core::account::{check_password, hash_password, normalise_email, validate_name};
use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::org::OrgProfileInput;
use weerbaar_core::role::{OrgRole, PlatformRoles};
use weerbaar_core::{OrgId, now_ms};
use weerbaar_store::users::NewUser;
use weerbaar_store::{Store, StoreError, audit, backup, members, orgs, sessions, users};

use crate::config::Settings;
use crate::progress::Reporter;
use crate::serve::open_store;
use crate::{CliError, CliResult};

const ACTOR: &str = "cli";

#[derive(Subcommand)]
pub enum OrgCommand {
    /// Add an organisation
    Add {
        #[arg(long)]
        name: String,
        /// municipality, ocmw, police_zone, intermunicipal or umbrella
        #[arg(long, default_value = "municipality")]
        kind: String,
        /// Five-digit NIS code
        #[arg(long)]
        nis_code: Option<String>,
        /// Brand colour like #1d4e89 (dark enough for white text)
        #[arg(long)]
        brand_colour: Option<String>,
    },
    /// List all organisations
    List,
}

#[derive(clap::Args)]
pub struct ExportArgs {
    /// The organisation: its id or its exact name
    #[arg(long)]
    pub org: String,
    /// pdf, docx, odt, md, html, or zip for the grab pack (every document as PDF and DOCX,
    /// one self-contained HTML file, a manifest and SHA-256 checksums)
    #[arg(long, default_value = "zip")]
    pub format: String,
    /// Which document when not zip: plan, contacts, wallet-card, first-hour, runbook,
    /// incident-log, communication, exercise-report, actions, bia
    #[arg(long, default_value = "plan")]
    pub doc: String,
    /// nl, en or fr (default: the plan's language)
    #[arg(long)]
    pub lang: Option<String>,
    /// The folder to write to (created when missing)
    #[arg(long)]
    pub out: std::path::PathBuf,
}

#[derive(Subcommand)]
pub enum UserCommand {
    /// Add an account; without --password-stdin, prints a link to choose a password
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// Make the account a platform administrator
        #[arg(long)]
        platform_admin: bool,
        /// Give the taskforce editor role (toolkit content)
        #[arg(long)]
        taskforce: bool,
        /// Give the sounding-board reviewer role
        #[arg(long)]
        reviewer: bool,
        /// Organisation (name or id) to add the account to
        #[arg(long)]
        org: Option<String>,
        /// Role in that organisation: viewer, editor or admin
        #[arg(long, default_value = "viewer")]
        role: String,
        /// Read the password from the first line of standard input
        #[arg(long)]
        password_stdin: bool,
    },
    /// List all accounts
    List,
    /// Set a password (from standard input), or print a link to choose one
    SetPassword {
        #[arg(long)]
        email: String,
        #[arg(long)]
        password_stdin: bool,
    },
    /// Disable an account and end its sessions
    Disable {
        #[arg(long)]
        email: String,
    },
    /// Make a personal API token for an account and print it (shown once), for scripts
    /// and monitoring that call the API
    Token {
        #[arg(long)]
        email: String,
        /// What the token is for, as the account page lists it
        #[arg(long)]
        name: String,
        /// Lifetime in days: 30, 90 or 365
        #[arg(long, default_value = "90")]
        days: String,
        /// What it may do: read (GET only) or write
        #[arg(long, default_value = "read")]
        scope: String,
    },
}

pub(crate) async fn open(s: &Settings) -> Result<Store, CliError> {
    let store = open_store(s).await?;
    weerbaar_store::migrate::migrate(&store).await?;
    Ok(store)
}

pub async fn load_content(s: &Settings) -> CliResult {
    let store = open(s).await?;
    let r = weerbaar_store::catalogue::sync_embedded(&store).await?;
    println!(
        "Toolkit content: {} added, {} updated, {} unchanged, {} held back (edited here; an editor decides).",
        r.added, r.updated, r.unchanged, r.held_back
    );
    Ok(())
}

pub async fn migrate(s: &Settings) -> CliResult {
    let store = open_store(s).await?;
    let r = weerbaar_store::migrate::migrate(&store).await?;
    if r.applied.is_empty() {
        println!("The database is up to date (schema version {}).", r.to);
    } else {
        for (v, name) in &r.applied {
            println!("applied migration {v}: {name}");
        }
        println!("Schema version {} → {}.", r.from, r.to);
    }
    Ok(())
}

/// Validation problems in plain English, one per line, with the field they concern.
fn invalid(errs: weerbaar_core::validation::FieldErrors) -> CliError {
    let lang = weerbaar_web::i18n::Lang::En;
    let lines: Vec<String> =
        errs.iter().map(|e| format!("{}: {}", e.field.replace('_', "-"), lang.field_error(e))).collect();
    CliError::Message(format!("invalid input:\n  {}", lines.join("\n  ")))
}

pub async fn org(s: &Settings, c: OrgCommand) -> CliResult {
    let store = open(s).await?;
    match c {
        OrgCommand::Add { name, kind, nis_code, brand_colour } => {
            let input = OrgProfileInput {
                name,
                kind,
                nis_code: nis_code.unwrap_or_default(),
                brand_colour: brand_colour.unwrap_or_default(),
                require_mfa: false,
            };
            let p = input.validate().map_err(invalid)?;
            let mut tx = store.begin().await?;
            let o = orgs::create(&mut tx, &p).await.map_err(|e| match e {
                StoreError::Duplicate(_) => {
                    CliError::Message(format!("an organisation named {} already exists", p.name))
                }
                e => e.into(),
            })?;
            audit::append(
                &mut tx,
                &NewAuditEntry::new(AuditAction::OrgCreated, None, ACTOR)
                    .org(&o.id)
                    .target(o.profile.name.clone())
                    .change(None, serde_json::to_value(&p).ok()),
            )
            .await?;
            tx.commit().await?;
            println!("{}\t{}", o.id, o.profile.name);
        }
        OrgCommand::List => {
            let mut c = store.conn().await?;
            for o in orgs::list_all(&mut c).await? {
                println!(
                    "{}\t{}\t{}\t{}",
                    o.id,
                    o.profile.kind.as_str(),
                    o.profile.nis_code.unwrap_or_default(),
                    o.profile.name
                );
            }
        }
    }
    Ok(())
}

fn read_password_stdin() -> Result<String, CliError> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| CliError::Message(format!("cannot read the password: {e}")))?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

fn checked_hash(password: &str, inputs: &[&str]) -> Result<String, CliError> {
    if let Err(p) = check_password(password, inputs) {
        return Err(invalid(p.to_field_error("password").into()));
    }
    hash_password(password).map_err(|_| CliError::Message("password hashing failed".into()))
}

pub(crate) async fn find_org(store: &Store, key: &str) -> Result<weerbaar_core::org::Organisation, CliError> {
    let mut c = store.conn().await?;
    if let Ok(id) = key.parse::<OrgId>()
        && let Some(o) = orgs::get(&mut c, &id).await?
    {
        return Ok(o);
    }
    orgs::find_by_name(&mut c, key).await?.ok_or_else(|| CliError::Message(format!("no organisation named {key}")))
}

/// A single-use link to choose a password, valid a week.
async fn password_link(
    db: &mut impl weerbaar_store::Db,
    s: &Settings,
    user: &weerbaar_core::account::User,
) -> Result<String, CliError> {
    let token =
        weerbaar_store::accounts::password_link(db, user, None, weerbaar_web::auth::WELCOME_TTL_MS, now_ms()).await?;
    Ok(format!("{}/password/reset/{token}", s.public_url))
}

pub async fn user(s: &Settings, c: UserCommand) -> CliResult {
    let store = open(s).await?;
    match c {
        UserCommand::Add { email, name, platform_admin, taskforce, reviewer, org, role, password_stdin } => {
            let email = normalise_email("email", &email).map_err(|e| invalid(e.into()))?;
            let name = validate_name("name", &name).map_err(|e| invalid(e.into()))?;
            let role = OrgRole::parse(&role)
                .ok_or_else(|| CliError::Message("--role must be viewer, editor or admin".into()))?;
            let org = match &org {
                Some(k) => Some(find_org(&store, k).await?),
                None => None,
            };
            let hash =
                if password_stdin { Some(checked_hash(&read_password_stdin()?, &[&email, &name])?) } else { None };
            let platform = PlatformRoles { admin: platform_admin, taskforce, reviewer };
            let mut tx = store.begin().await?;
            let u = users::create(
                &mut tx,
                &NewUser { email: email.clone(), name, password_hash: hash.clone(), locale: None, platform },
            )
            .await
            .map_err(|e| match e {
                StoreError::Duplicate(_) => CliError::Message(format!("an account for {email} already exists")),
                e => e.into(),
            })?;
            audit::append(
                &mut tx,
                &NewAuditEntry::new(AuditAction::UserCreated, None, ACTOR)
                    .target(email.clone())
                    .change(None, serde_json::to_value(platform).ok()),
            )
            .await?;
            if let Some(o) = &org {
                members::add(&mut tx, &o.id, &u.id, role).await?;
                audit::append(
                    &mut tx,
                    &NewAuditEntry::new(AuditAction::MemberAdded, None, ACTOR)
                        .org(&o.id)
                        .target(email.clone())
                        .change(None, Some(serde_json::json!({"role": role.as_str()}))),
                )
                .await?;
            }
            let link = if hash.is_none() { Some(password_link(&mut tx, s, &u).await?) } else { None };
            tx.commit().await?;
            println!("{}\t{}", u.id, u.email);
            if let Some(l) = link {
                println!("Send this link to {} to choose a password (valid 7 days, single use):\n  {l}", u.email);
            }
        }
        UserCommand::List => {
            let mut c = store.conn().await?;
            for u in users::list(&mut c).await? {
                let mut roles = vec![];
                if u.platform.admin {
                    roles.push("platform-admin");
                }
                if u.platform.taskforce {
                    roles.push("taskforce");
                }
                if u.platform.reviewer {
                    roles.push("reviewer");
                }
                let ms = members::of_user(&mut c, &u.id).await?;
                let orgs: Vec<String> = ms.iter().map(|m| format!("{}={}", m.org_name, m.role.as_str())).collect();
                println!(
                    "{}\t{}\t{}\t{}\t{}{}",
                    u.id,
                    u.email,
                    u.name,
                    roles.join(","),
                    orgs.join("; "),
                    if u.disabled { "\t(disabled)" } else { "" }
                );
            }
        }
        UserCommand::SetPassword { email, password_stdin } => {
            let email = normalise_email("email", &email).map_err(|e| invalid(e.into()))?;
            let mut tx = store.begin().await?;
            let u = users::by_email(&mut tx, &email)
                .await?
                .ok_or_else(|| CliError::Message(format!("no account for {email}")))?;
            if password_stdin {
                let h = checked_hash(&read_password_stdin()?, &[&u.email, &u.name])?;
                users::set_password(&mut tx, &u.id, &h).await?;
                sessions::delete_for_user(&mut tx, &u.id, None).await?;
                audit::append(
                    &mut tx,
                    &NewAuditEntry::new(AuditAction::PasswordReset, None, ACTOR).target(email.clone()),
                )
                .await?;
                tx.commit().await?;
                println!("Password set for {email}; existing sessions ended.");
            } else {
                let link = password_link(&mut tx, s, &u).await?;
                tx.commit().await?;
                println!("Send this link to {email} to choose a password (valid 7 days, single use):\n  {link}");
            }
        }
        UserCommand::Disable { email } => {
            let email = normalise_email("email", &email).map_err(|e| invalid(e.into()))?;
            let mut tx = store.begin().await?;
            let u = users::by_email(&mut tx, &email)
                .await?
                .ok_or_else(|| CliError::Message(format!("no account for {email}")))?;
            let n = weerbaar_store::accounts::disable(&mut tx, &u.id).await?;
            audit::append(&mut tx, &NewAuditEntry::new(AuditAction::UserDisabled, None, ACTOR).target(email.clone()))
                .await?;
            tx.commit().await?;
            println!("{email} disabled; {n} sessions ended.");
        }
        UserCommand::Token { email, name, days, scope } => {
            let email = normalise_email("email", &email).map_err(|e| invalid(e.into()))?;
            let new = weerbaar_core::token::check(&name, &days, &scope).map_err(invalid)?;
            let mut tx = store.begin().await?;
            let u = users::by_email(&mut tx, &email)
                .await?
                .ok_or_else(|| CliError::Message(format!("no account for {email}")))?;
            let (t, secret) = weerbaar_store::accounts::api_token(&mut tx, &u.id, &new, now_ms()).await?;
            audit::append(
                &mut tx,
                &NewAuditEntry::new(AuditAction::ApiTokenCreated, None, ACTOR).target(t.name.clone()),
            )
            .await?;
            tx.commit().await?;
            println!("{secret}");
        }
    }
    Ok(())
}

pub async fn backup(s: &Settings, file: &Path) -> CliResult {
    let store = open_store(s).await?;
    // Write next to the target and rename at the end: a half-written backup never
    // carries the final name.
    let tmp = file.with_extension("partial");
    let f =
        std::fs::File::create(&tmp).map_err(|e| CliError::Message(format!("cannot create {}: {e}", tmp.display())))?;
    let mut out = std::io::BufWriter::new(f);
    let mut rep = Reporter::new("backup");
    let summary = backup::backup(&store, &mut out, |p| rep.update(p)).await;
    rep.finish();
    let summary = match summary {
        Ok(s) => s,
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(e.into());
        }
    };
    let f = out.into_inner().map_err(|e| CliError::Message(format!("cannot write the backup: {e}")))?;
    f.sync_all().map_err(|e| CliError::Message(format!("cannot write the backup: {e}")))?;
    std::fs::rename(&tmp, file).map_err(|e| CliError::Message(format!("cannot write {}: {e}", file.display())))?;
    let mut stdout = std::io::stdout();
    let _ = writeln!(
        stdout,
        "Backup written to {} ({} rows, schema version {}, sha256 {}).",
        file.display(),
        summary.total_rows(),
        summary.schema_version,
        summary.sha256
    );
    Ok(())
}

pub async fn restore(s: &Settings, file: &Path) -> CliResult {
    let store = open_store(s).await?;
    let mut rep = Reporter::new("restore");
    let summary = backup::restore(&store, file, |p| rep.update(p)).await;
    rep.finish();
    let summary = summary?;
    let mut tx = store.begin().await?;
    audit::append(
        &mut tx,
        &NewAuditEntry::new(AuditAction::BackupRestored, None, ACTOR)
            .target(file.display().to_string())
            .change(None, Some(serde_json::json!({"rows": summary.total_rows(), "sha256": summary.sha256}))),
    )
    .await?;
    tx.commit().await?;
    println!(
        "Restored {} rows from {} (sha256 {}); the database passed its integrity check.",
        summary.total_rows(),
        file.display(),
        summary.sha256
    );
    Ok(())
}

pub async fn export(s: &Settings, a: &ExportArgs) -> CliResult {
    use weerbaar_render::Format;
    use weerbaar_render::bcp::DocKind;
    use weerbaar_web::documents::{PlanSource, fingerprint};
    use weerbaar_web::i18n::Lang;

    let zip = a.format == "zip";
    let format = if zip {
        None
    } else {
        Some(Format::parse(&a.format).ok_or_else(|| {
            CliError::Message(format!("unknown format {:?}: use pdf, docx, odt, md, html or zip", a.format))
        })?)
    };
    let kind = DocKind::parse(&a.doc).ok_or_else(|| {
        let all: Vec<&str> = DocKind::ALL.iter().map(|k| k.key()).collect();
        CliError::Message(format!("unknown document {:?}: use one of {}", a.doc, all.join(", ")))
    })?;
    let store = open(s).await?;
    let mut c = store.conn().await?;
    let o = orgs::list_all(&mut c)
        .await?
        .into_iter()
        .find(|o| o.id.as_str() == a.org || o.profile.name == a.org)
        .ok_or_else(|| {
            CliError::Message(format!("no organisation with id or name {:?} (see `weerbaar org list`)", a.org))
        })?;
    let src = PlanSource::load(&mut c, &o.id, &o.profile.name)
        .await
        .map_err(|e| CliError::Message(e.to_string()))?
        .ok_or_else(|| CliError::Message(format!("{} has no continuity plan yet", o.profile.name)))?;
    let lang = match &a.lang {
        Some(l) => {
            Lang::parse(l).ok_or_else(|| CliError::Message(format!("unknown language {l:?}: use nl, en or fr")))?
        }
        None => Lang::parse(&src.plan.header.language).unwrap_or(Lang::DEFAULT),
    };
    let now = jiff::Timestamp::now();
    let (bytes, name) = match format {
        None => {
            let (bytes, _) = src.pack(lang, now).map_err(|e| CliError::Message(e.to_string()))?;
            (bytes, src.file_name(None, lang, "zip"))
        }
        Some(f) => (
            src.render(kind, f, lang, now).map_err(|e| CliError::Message(e.to_string()))?,
            src.file_name(Some(kind), lang, f.ext()),
        ),
    };
    std::fs::create_dir_all(&a.out)
        .map_err(|e| CliError::Message(format!("cannot create {}: {e}", a.out.display())))?;
    let path = a.out.join(&name);
    // Written next to the target and renamed: a half-written file never has the final name.
    let tmp = a.out.join(format!(".{name}.part"));
    std::fs::write(&tmp, &bytes)
        .and_then(|_| std::fs::rename(&tmp, &path))
        .map_err(|e| CliError::Message(format!("cannot write {}: {e}", path.display())))?;
    if zip {
        audit::append(
            &mut c,
            &NewAuditEntry::new(AuditAction::PlanPackDownloaded, None, ACTOR).org(&o.id).target(name.clone()).change(
                None,
                Some(serde_json::json!({"fingerprint": fingerprint(&src.plan), "plan_version": src.plan.header.version_label})),
            ),
        )
        .await?;
    }
    println!("{}", path.display());
    Ok(())
}
