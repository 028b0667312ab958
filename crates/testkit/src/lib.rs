//! Fixtures shared by the integration tests of every crate.
//!
//! PostgreSQL: tests that need it are marked ignored (with the reason), so a plain
//! `cargo test` lists them as ignored instead of passing them unrun. The README's test
//! command runs them (`--run-ignored all`) against the server named by
//! `WEERBAAR_TEST_DATABASE_URL`, which it starts itself; without that server they fail.

pub mod http;
pub mod smtp;

use std::path::PathBuf;

use sqlx::Connection;

pub use tempfile;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Sqlite,
    Postgres,
}

/// A database that exists for one test and is removed afterwards.
pub struct TestDb {
    pub url: String,
    pub kind: Kind,
    dir: Option<tempfile::TempDir>,
    pg_drop: Option<(String, String)>,
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("weerbaar.db").display());
        TestDb { url, kind: Kind::Sqlite, dir: Some(dir), pg_drop: None }
    }

    /// A fresh database on the test PostgreSQL server.
    pub async fn postgres() -> TestDb {
        let admin_url = match std::env::var("WEERBAAR_TEST_DATABASE_URL") {
            Ok(u) if !u.is_empty() => u,
            _ => panic!(
                "WEERBAAR_TEST_DATABASE_URL is not set: run the README's test command (scripts/test-all), \
                 or scripts/with-postgres cargo nextest run --run-ignored all"
            ),
        };
        let name = format!("wb_test_{}", uuid::Uuid::new_v4().simple());
        let mut admin = sqlx::PgConnection::connect(&admin_url).await.expect("connect to the test PostgreSQL server");
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut admin)
            .await
            .expect("create test database");
        admin.close().await.ok();
        let url = replace_db_name(&admin_url, &name);
        TestDb { url, kind: Kind::Postgres, dir: None, pg_drop: Some((admin_url, name)) }
    }

    /// The data directory (SQLite) or a fresh temporary directory for other files.
    pub fn dir(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.path().to_path_buf())
    }
}

/// Swaps the database name in a PostgreSQL URL, keeping user, host and options.
pub fn replace_db_name(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let path_start = base[scheme_end..].find('/').map(|i| i + scheme_end);
    let mut out = match path_start {
        Some(p) => format!("{}/{}", &base[..p], name),
        None => format!("{base}/{name}"),
    };
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin_url, name)) = self.pg_drop.take() {
            // Drop may run inside a runtime: do the async cleanup on a thread of its own.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
                rt.block_on(async {
                    let mut c = sqlx::PgConnection::connect(&admin_url).await.ok()?;
                    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
                        .execute(&mut c)
                        .await
                        .ok()?;
                    Some(())
                })
            })
            .join();
        }
    }
}

/// Runs an async test body against SQLite and against PostgreSQL, as two tests.
#[macro_export]
macro_rules! db_test {
    ($name:ident, |$db:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let $db = $crate::TestDb::sqlite().await;
                $body
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            #[ignore = "needs PostgreSQL: scripts/with-postgres cargo nextest run --run-ignored all"]
            async fn postgres() {
                let $db = $crate::TestDb::postgres().await;
                $body
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn db_name_replacement() {
        assert_eq!(replace_db_name("postgres://u@127.0.0.1:5433/postgres", "x"), "postgres://u@127.0.0.1:5433/x");
        assert_eq!(
            replace_db_name("postgres://u@h:1/postgres?sslmode=disable", "x"),
            "postgres://u@h:1/x?sslmode=disable"
        );
        assert_eq!(replace_db_name("postgres://u@h:1", "x"), "postgres://u@h:1/x");
    }
}
