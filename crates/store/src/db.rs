//! One code path for SQLite and PostgreSQL. Each query is written once (portable SQL:
//! `$n` placeholders, BIGINT millisecond times, TEXT ids) and compiled for both
//! drivers by the `run!` macro; nothing is translated at run time.

use std::str::FromStr;
use std::time::Duration;

use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgConnection, Postgres, Sqlite, SqliteConnection, Transaction};

use crate::StoreError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn as_str(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

#[derive(Clone, Debug)]
enum Pools {
    /// Many readers, one writer: SQLite allows one writer at a time anyway, and queueing
    /// writers in the pool is cheaper than letting them spin on the file lock.
    Sqlite {
        read: sqlx::SqlitePool,
        write: sqlx::SqlitePool,
    },
    Postgres(sqlx::PgPool),
}

/// A handle to the database. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    pools: Pools,
}

/// Connection options beyond the URL.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    pub max_connections: u32,
    pub acquire_timeout: Duration,
}

impl Default for ConnectOptions {
    fn default() -> Self {
        Self { max_connections: 16, acquire_timeout: Duration::from_secs(10) }
    }
}

/// Pool statistics for `/metrics`.
#[derive(Debug, Clone, Copy)]
pub struct PoolStats {
    pub size: u32,
    pub idle: u32,
    pub max: u32,
}

impl Store {
    /// `sqlite://path/to/file.db` or `postgres://user@host/db`.
    pub async fn connect(url: &str, opts: &ConnectOptions) -> Result<Store, StoreError> {
        if url.starts_with("sqlite:") {
            let base = SqliteConnectOptions::from_str(url)
                .map_err(|e| StoreError::Config(format!("invalid SQLite URL: {e}")))?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                // FULL: a committed transaction survives power loss, not only a killed process.
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
                .pragma("temp_store", "memory");
            let write = SqlitePoolOptions::new()
                .max_connections(1)
                .acquire_timeout(opts.acquire_timeout * 3)
                .connect_with(base.clone())
                .await?;
            let read = SqlitePoolOptions::new()
                .max_connections(opts.max_connections.clamp(1, 64))
                .min_connections(1)
                .acquire_timeout(opts.acquire_timeout)
                // 1 MiB of page cache per reader instead of 2: up to 64 readers, and the
                // kernel keeps the file's pages anyway.
                .connect_with(base.read_only(false).pragma("cache_size", "-1024"))
                .await?;
            Ok(Store { pools: Pools::Sqlite { read, write } })
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let o = PgConnectOptions::from_str(url)
                .map_err(|e| StoreError::Config(format!("invalid PostgreSQL URL: {e}")))?;
            let pool = PgPoolOptions::new()
                .max_connections(opts.max_connections.max(1))
                .min_connections(1)
                .acquire_timeout(opts.acquire_timeout)
                .connect_with(o)
                .await?;
            Ok(Store { pools: Pools::Postgres(pool) })
        } else {
            Err(StoreError::Config("the database URL must start with sqlite: or postgres:".into()))
        }
    }

    pub fn backend(&self) -> Backend {
        match self.pools {
            Pools::Sqlite { .. } => Backend::Sqlite,
            Pools::Postgres(_) => Backend::Postgres,
        }
    }

    /// A pooled connection for reads (and single-statement writes).
    pub async fn conn(&self) -> Result<Conn, StoreError> {
        Ok(match &self.pools {
            Pools::Sqlite { read, .. } => Conn::Sqlite(read.acquire().await?),
            Pools::Postgres(p) => Conn::Postgres(p.acquire().await?),
        })
    }

    /// A write transaction. On SQLite it takes the write lock at once (BEGIN IMMEDIATE),
    /// so a transaction that reads and then writes cannot fail half-way on a busy lock.
    pub async fn begin(&self) -> Result<Tx, StoreError> {
        Ok(match &self.pools {
            Pools::Sqlite { write, .. } => Tx::Sqlite(write.begin_with("BEGIN IMMEDIATE").await?),
            Pools::Postgres(p) => Tx::Postgres(p.begin().await?),
        })
    }

    /// A read-only transaction that sees one consistent snapshot (for backups).
    pub async fn snapshot(&self) -> Result<Tx, StoreError> {
        Ok(match &self.pools {
            Pools::Sqlite { read, .. } => Tx::Sqlite(read.begin().await?),
            Pools::Postgres(p) => Tx::Postgres(p.begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY").await?),
        })
    }

    /// Is the database reachable? (`/readyz`)
    pub async fn ping(&self) -> Result<(), StoreError> {
        let mut c = self.conn().await?;
        exec!(&mut c, |x| sqlx::query("SELECT 1").execute(x).await)?;
        Ok(())
    }

    pub fn pool_stats(&self) -> PoolStats {
        match &self.pools {
            Pools::Sqlite { read, write } => PoolStats {
                size: read.size() + write.size(),
                idle: (read.num_idle() + write.num_idle()) as u32,
                max: read.options().get_max_connections() + 1,
            },
            Pools::Postgres(p) => {
                PoolStats { size: p.size(), idle: p.num_idle() as u32, max: p.options().get_max_connections() }
            }
        }
    }

    pub async fn close(&self) {
        match &self.pools {
            Pools::Sqlite { read, write } => {
                read.close().await;
                write.close().await;
            }
            Pools::Postgres(p) => p.close().await,
        }
    }
}

/// A borrowed connection of either kind; what the `run!` macro dispatches on.
pub enum Exec<'c> {
    Sqlite(&'c mut SqliteConnection),
    Postgres(&'c mut PgConnection),
}

/// Anything queries can run on: a pooled connection or a transaction.
pub trait Db: Send {
    fn exec(&mut self) -> Exec<'_>;
    fn backend(&mut self) -> Backend {
        match self.exec() {
            Exec::Sqlite(_) => Backend::Sqlite,
            Exec::Postgres(_) => Backend::Postgres,
        }
    }
}

pub enum Conn {
    Sqlite(PoolConnection<Sqlite>),
    Postgres(PoolConnection<Postgres>),
}

impl Db for Conn {
    fn exec(&mut self) -> Exec<'_> {
        match self {
            Conn::Sqlite(c) => Exec::Sqlite(c),
            Conn::Postgres(c) => Exec::Postgres(c),
        }
    }
}

pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    pub async fn commit(self) -> Result<(), StoreError> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }
    pub async fn rollback(self) -> Result<(), StoreError> {
        match self {
            Tx::Sqlite(t) => t.rollback().await?,
            Tx::Postgres(t) => t.rollback().await?,
        }
        Ok(())
    }
}

impl Db for Tx {
    fn exec(&mut self) -> Exec<'_> {
        match self {
            Tx::Sqlite(t) => Exec::Sqlite(t),
            Tx::Postgres(t) => Exec::Postgres(t),
        }
    }
}

impl<T: Db + ?Sized> Db for &mut T {
    fn exec(&mut self) -> Exec<'_> {
        (**self).exec()
    }
}
