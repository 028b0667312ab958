//! Forward-only schema migrations, one SQL text for both databases with a few
//! dialect words substituted. All pending migrations run in one transaction: either the
//! schema moves to the new version or nothing changes.

use sha2::{Digest, Sha256};
use sqlx::AssertSqlSafe;
use thiserror::Error;

use crate::db::{Backend, Db, Store};

#[derive(Debug, Clone, Copy)]
pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    /// Portable SQL; `{blob}` becomes BLOB/BYTEA.
    pub sql: &'static str,
    /// Extra statements per database (triggers differ).
    pub sqlite: &'static str,
    pub postgres: &'static str,
}

impl Migration {
    pub fn sql_for(&self, b: Backend) -> String {
        let blob = match b {
            Backend::Sqlite => "BLOB",
            Backend::Postgres => "BYTEA",
        };
        let extra = match b {
            Backend::Sqlite => self.sqlite,
            Backend::Postgres => self.postgres,
        };
        format!("{}\n{}", self.sql.replace("{blob}", blob), extra)
    }

    pub fn checksum(&self, b: Backend) -> String {
        hex::encode(Sha256::digest(self.sql_for(b).as_bytes()))
    }
}

/// Every migration this binary knows, in order.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "platform",
        sql: include_str!("../migrations/0001_platform.sql"),
        sqlite: include_str!("../migrations/0001_platform.sqlite.sql"),
        postgres: include_str!("../migrations/0001_platform.postgres.sql"),
    },
    Migration {
        version: 2,
        name: "bcp",
        sql: include_str!("../migrations/0002_bcp.sql"),
        sqlite: include_str!("../migrations/0002_bcp.sqlite.sql"),
        postgres: include_str!("../migrations/0002_bcp.postgres.sql"),
    },
    Migration {
        version: 3,
        name: "bcp core revision",
        sql: include_str!("../migrations/0003_bcp_core_rev.sql"),
        sqlite: include_str!("../migrations/0003_bcp_core_rev.sqlite.sql"),
        postgres: include_str!("../migrations/0003_bcp_core_rev.postgres.sql"),
    },
    Migration {
        version: 4,
        name: "catalogue",
        sql: include_str!("../migrations/0004_catalogue.sql"),
        sqlite: include_str!("../migrations/0004_catalogue.sqlite.sql"),
        postgres: include_str!("../migrations/0004_catalogue.postgres.sql"),
    },
    Migration {
        version: 5,
        name: "catalogue work",
        sql: include_str!("../migrations/0005_catalogue_work.sql"),
        sqlite: include_str!("../migrations/0005_catalogue_work.sqlite.sql"),
        postgres: include_str!("../migrations/0005_catalogue_work.postgres.sql"),
    },
    Migration {
        version: 6,
        name: "grab packs kept current",
        sql: include_str!("../migrations/0006_bcp_packs.sql"),
        sqlite: include_str!("../migrations/0006_bcp_packs.sqlite.sql"),
        postgres: include_str!("../migrations/0006_bcp_packs.postgres.sql"),
    },
    Migration {
        version: 7,
        name: "security review",
        sql: include_str!("../migrations/0007_security.sql"),
        sqlite: include_str!("../migrations/0007_security.sqlite.sql"),
        postgres: include_str!("../migrations/0007_security.postgres.sql"),
    },
    Migration {
        version: 8,
        name: "paper resources",
        sql: include_str!("../migrations/0008_paper.sql"),
        sqlite: include_str!("../migrations/0008_paper.sqlite.sql"),
        postgres: include_str!("../migrations/0008_paper.postgres.sql"),
    },
    Migration {
        version: 9,
        name: "findings register",
        sql: include_str!("../migrations/0009_findings.sql"),
        sqlite: include_str!("../migrations/0009_findings.sqlite.sql"),
        postgres: include_str!("../migrations/0009_findings.postgres.sql"),
    },
    Migration {
        version: 10,
        name: "self-assessment",
        sql: include_str!("../migrations/0010_assessment.sql"),
        sqlite: include_str!("../migrations/0010_assessment.sqlite.sql"),
        postgres: include_str!("../migrations/0010_assessment.postgres.sql"),
    },
    Migration {
        version: 11,
        name: "awareness and training",
        sql: include_str!("../migrations/0011_awareness.sql"),
        sqlite: include_str!("../migrations/0011_awareness.sqlite.sql"),
        postgres: include_str!("../migrations/0011_awareness.postgres.sql"),
    },
];

/// In a SQLite migration that edits the stored schema text: the statements after this
/// line run once schema_version is raised, so they see the edited schema.
const RAISE_SCHEMA_VERSION: &str = "-- weerbaar: raise schema_version\n";

pub fn latest_version() -> i64 {
    MIGRATIONS.last().map(|m| m.version).unwrap_or(0)
}

#[derive(Debug, Error)]
pub enum MigrationError {
    #[error(
        "the database has schema version {found} ({name}), which this Weerbaar does not know (it knows up to {known}); \
         use a newer Weerbaar or restore a backup"
    )]
    Unknown { found: i64, name: String, known: i64 },
    #[error("migration {version} ({name}) was changed after it was applied (checksum differs); refusing to start")]
    Modified { version: i64, name: String },
    #[error("migration {version} ({name}) failed, nothing was changed: {reason}")]
    Failed { version: i64, name: String, reason: String },
    #[error("could not read the migration state: {0}")]
    State(String),
}

/// What a migration run did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationReport {
    pub from: i64,
    pub to: i64,
    pub applied: Vec<(i64, &'static str)>,
}

#[derive(sqlx::FromRow)]
struct Applied {
    version: i64,
    name: String,
    checksum: String,
}

/// Brings the schema to the latest version.
pub async fn migrate(store: &Store) -> Result<MigrationReport, MigrationError> {
    migrate_with(store, MIGRATIONS, None).await
}

/// Runs `migrations` up to `target` (all when None). Exposed for tests and for restoring
/// a backup taken with an older schema.
pub async fn migrate_with(
    store: &Store,
    migrations: &[Migration],
    target: Option<i64>,
) -> Result<MigrationReport, MigrationError> {
    let state = |e: crate::StoreError| MigrationError::State(e.to_string());
    let state_sql = |e: sqlx::Error| MigrationError::State(e.to_string());
    let backend = store.backend();
    let mut tx = store.begin().await.map_err(state)?;
    if backend == Backend::Postgres {
        // Several servers may start at once on one database: one migrates, the others wait.
        exec!(&mut tx, |c| sqlx::query("SELECT pg_advisory_xact_lock(7171717171)").execute(c).await)
            .map_err(state_sql)?;
    }
    exec!(&mut tx, |c| sqlx::query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at BIGINT NOT NULL)"
    )
    .execute(c)
    .await)
    .map_err(state_sql)?;
    let applied: Vec<Applied> =
        run!(&mut tx, |c| sqlx::query_as("SELECT version, name, checksum FROM schema_migrations ORDER BY version")
            .fetch_all(c)
            .await)
        .map_err(state_sql)?;

    let known = migrations.last().map(|m| m.version).unwrap_or(0);
    for a in &applied {
        match migrations.iter().find(|m| m.version == a.version) {
            None => return Err(MigrationError::Unknown { found: a.version, name: a.name.clone(), known }),
            Some(m) if m.checksum(backend) != a.checksum => {
                return Err(MigrationError::Modified { version: a.version, name: a.name.clone() });
            }
            Some(_) => {}
        }
    }
    let from = applied.last().map(|a| a.version).unwrap_or(0);
    let target = target.unwrap_or(known);
    let mut report = MigrationReport { from, to: from, applied: vec![] };
    for m in migrations.iter().filter(|m| m.version > from && m.version <= target) {
        let sql = m.sql_for(backend);
        let failed =
            |e: sqlx::Error| MigrationError::Failed { version: m.version, name: m.name.into(), reason: e.to_string() };
        match sql.split_once(RAISE_SCHEMA_VERSION).filter(|_| backend == Backend::Sqlite) {
            Some((edit, rest)) => {
                let (edit, rest) = (edit.to_string(), rest.to_string());
                exec!(&mut tx, |c| sqlx::raw_sql(AssertSqlSafe(edit.clone())).execute(c).await).map_err(failed)?;
                let v: i64 = run!(&mut tx, |c| sqlx::query_scalar("PRAGMA schema_version").fetch_one(c).await)
                    .map_err(failed)?;
                let raise = format!("PRAGMA schema_version = {}", v + 1);
                exec!(&mut tx, |c| sqlx::raw_sql(AssertSqlSafe(raise.clone())).execute(c).await).map_err(failed)?;
                exec!(&mut tx, |c| sqlx::raw_sql(AssertSqlSafe(rest.clone())).execute(c).await).map_err(failed)?;
            }
            None => {
                exec!(&mut tx, |c| sqlx::raw_sql(AssertSqlSafe(sql.clone())).execute(c).await).map_err(failed)?;
            }
        }
        exec!(&mut tx, |c| sqlx::query(
            "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($1, $2, $3, $4)"
        )
        .bind(m.version)
        .bind(m.name)
        .bind(m.checksum(backend))
        .bind(weerbaar_core::now_ms())
        .execute(c)
        .await)
        .map_err(failed)?;
        report.applied.push((m.version, m.name));
        report.to = m.version;
    }
    tx.commit().await.map_err(state)?;
    Ok(report)
}

/// The schema version of the database (0 when empty).
pub async fn current_version(db: &mut impl Db) -> Result<i64, crate::StoreError> {
    let exists = table_exists(db, "schema_migrations").await?;
    if !exists {
        return Ok(0);
    }
    let v: Option<i64> =
        run!(db, |c| sqlx::query_scalar("SELECT MAX(version) FROM schema_migrations").fetch_one(c).await)?;
    Ok(v.unwrap_or(0))
}

pub async fn table_exists(db: &mut impl Db, table: &str) -> Result<bool, crate::StoreError> {
    let n: i64 = match db.exec() {
        crate::db::Exec::Sqlite(c) => {
            sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $1")
                .bind(table)
                .fetch_one(c)
                .await?
        }
        crate::db::Exec::Postgres(c) => sqlx::query_scalar(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1",
        )
        .bind(table)
        .fetch_one(c)
        .await?,
    };
    Ok(n > 0)
}
