use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("not found")]
    NotFound,
    /// Someone else saved a newer version first.
    #[error("the record was changed by someone else")]
    Conflict,
    /// A unique value (named) is already taken.
    #[error("{0} is already in use")]
    Duplicate(&'static str),
    #[error("configuration: {0}")]
    Config(String),
    #[error(transparent)]
    Migration(#[from] crate::migrate::MigrationError),
    #[error("backup: {0}")]
    Backup(String),
    #[error("stored data is invalid: {0}")]
    Corrupt(String),
    /// The embedded toolkit content does not load (file: line: reason, one per line).
    #[error("toolkit content:\n{0}")]
    Content(String),
    #[error("demo mode refused: {0}")]
    DemoRefused(&'static str),
    /// The plan is submitted for approval: withdraw it before editing.
    #[error("the plan is submitted for approval")]
    PlanLocked,
}

impl StoreError {
    /// Maps a unique-constraint violation to `Duplicate(what)`.
    pub(crate) fn unique(e: sqlx::Error, what: &'static str) -> StoreError {
        match &e {
            sqlx::Error::Database(d) if d.is_unique_violation() => StoreError::Duplicate(what),
            _ => StoreError::Db(e),
        }
    }

    /// True for errors worth retrying (locks, lost connections).
    pub fn is_transient(&self) -> bool {
        matches!(self, StoreError::Db(sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed))
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
