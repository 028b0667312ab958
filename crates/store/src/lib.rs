//! Weerbaar's persistence. One repository module per aggregate; every query of an
//! organisation's data takes the organisation as an argument.

/// Runs the same query code against whichever driver `$db` (a `&mut impl Db`) holds.
/// `$c` is bound to `&mut SqliteConnection` or `&mut PgConnection`; both arms must
/// produce the same type.
#[macro_export]
macro_rules! run {
    ($db:expr, |$c:ident| $body:expr) => {
        match $crate::db::Db::exec($db) {
            $crate::db::Exec::Sqlite($c) => $body,
            $crate::db::Exec::Postgres($c) => $body,
        }
    };
}

/// Like `run!` for statements: yields `Result<u64, sqlx::Error>`, the rows affected.
#[macro_export]
macro_rules! exec {
    ($db:expr, |$c:ident| $body:expr) => {
        match $crate::db::Db::exec($db) {
            $crate::db::Exec::Sqlite($c) => ($body).map(|r| r.rows_affected()),
            $crate::db::Exec::Postgres($c) => ($body).map(|r| r.rows_affected()),
        }
    };
}

/// For the few queries whose SQL differs between the databases (JSON aggregation):
/// `$q` is bound to the SQL for the connected database, `$c` to the connection.
#[macro_export]
macro_rules! run_dialect {
    ($db:expr, sqlite: $s:expr, postgres: $p:expr, |$q:ident, $c:ident| $body:expr) => {
        match $crate::db::Db::exec($db) {
            $crate::db::Exec::Sqlite($c) => {
                let $q = $s;
                $body
            }
            $crate::db::Exec::Postgres($c) => {
                let $q = $p;
                $body
            }
        }
    };
}

pub mod accounts;
pub mod adoption;
pub mod api_tokens;
pub mod assessments;
pub mod attachments;
pub mod audit;
pub mod awareness;
pub mod backup;
pub mod bcp;
pub mod catalogue;
pub mod db;
pub mod demo;
mod demo_assessments;
mod demo_awareness;
mod demo_findings;
pub mod editorial;
pub mod engagements;
mod error;
pub mod findings;
pub mod jobs;
pub mod json;
pub mod links;
pub mod members;
pub mod migrate;
pub mod orgs;
pub mod rounds;
pub mod sessions;
pub mod settings;
pub mod throttle;
pub mod users;

pub use db::{Backend, Conn, ConnectOptions, Db, PoolStats, Store, Tx};
pub use error::{Result, StoreError};

/// Opens the database and brings its schema up to date.
pub async fn open(url: &str, opts: &ConnectOptions) -> Result<Store> {
    let store = Store::connect(url, opts).await?;
    migrate::migrate(&store).await?;
    Ok(store)
}
