//! Logical backups: every table, read inside one snapshot transaction while the server
//! keeps running, written as JSON lines with row counts and a SHA-256 checksum. The same
//! file restores into SQLite or PostgreSQL, so it also moves an installation between them.

use std::io::{BufRead, Write};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use sqlx::{AssertSqlSafe, Row};

use crate::db::{Db, Exec, Store};
use crate::migrate::{self, MIGRATIONS};
use crate::{Result, StoreError};

mod tables;

use tables::Col::*;
pub use tables::*;

pub const FORMAT: &str = "weerbaar-backup";

pub const FORMAT_VERSION: i64 = 1;

/// Progress of a long backup or restore, for a progress bar.
#[derive(Debug, Clone, Copy)]
pub struct Progress<'a> {
    pub table: &'a str,
    pub rows_done: u64,
    pub rows_total: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub schema_version: i64,
    pub rows: Vec<(String, u64)>,
    pub sha256: String,
}

impl Summary {
    pub fn total_rows(&self) -> u64 {
        self.rows.iter().map(|(_, n)| n).sum()
    }
}

const PAGE: i64 = 1000;
/// Rows per read of a table with files in it (a file chunk is 256 KiB), so a backup's
/// memory stays small whatever the files.
const PAGE_WITH_FILES: i64 = 16;

fn select_sql(t: &Table) -> String {
    let cols: Vec<&str> = t.cols.iter().map(|(c, _)| *c).collect();
    format!("SELECT {} FROM {} ORDER BY {} LIMIT $1 OFFSET $2", cols.join(", "), t.name, t.order_by)
}

fn row_to_json<R: Row>(row: &R, t: &Table) -> Result<Vec<Value>>
where
    usize: sqlx::ColumnIndex<R>,
    for<'r> Option<String>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<i64>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<bool>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<Vec<u8>>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    let mut out = Vec::with_capacity(t.cols.len());
    for (i, (_, col)) in t.cols.iter().enumerate() {
        let v = match col {
            Text => row.try_get::<Option<String>, _>(i)?.map(Value::String),
            Int => row.try_get::<Option<i64>, _>(i)?.map(|n| json!(n)),
            Bool => row.try_get::<Option<bool>, _>(i)?.map(Value::Bool),
            Blob => row.try_get::<Option<Vec<u8>>, _>(i)?.map(|b| Value::String(B64.encode(b))),
        };
        out.push(v.unwrap_or(Value::Null));
    }
    Ok(out)
}

/// Writes a consistent backup of the whole database to `out`.
pub async fn backup(store: &Store, out: &mut impl Write, mut progress: impl FnMut(Progress<'_>)) -> Result<Summary> {
    let io = |e: std::io::Error| StoreError::Backup(format!("cannot write the backup: {e}"));
    let mut tx = store.snapshot().await?;
    let schema_version = migrate::current_version(&mut tx).await?;
    let mut hasher = Sha256::new();
    let mut write_line = |out: &mut dyn Write, v: &Value| -> Result<()> {
        let mut line = v.to_string();
        line.push('\n');
        hasher.update(line.as_bytes());
        out.write_all(line.as_bytes()).map_err(io)
    };
    write_line(
        out,
        &json!({"format": FORMAT, "format_version": FORMAT_VERSION, "schema_version": schema_version,
                "created_at": weerbaar_core::now_ms(), "source": store.backend().as_str()}),
    )?;
    let mut counts = Vec::new();
    for t in TABLES {
        let total: i64 =
            run!(&mut tx, |c| sqlx::query_scalar(AssertSqlSafe(format!("SELECT COUNT(*) FROM {}", t.name)))
                .fetch_one(c)
                .await)?;
        let total = u64::try_from(total).unwrap_or(0);
        let sql = select_sql(t);
        let page_rows = if t.cols.iter().any(|(_, c)| *c == Blob) { PAGE_WITH_FILES } else { PAGE };
        let mut done = 0u64;
        let mut offset = 0i64;
        progress(Progress { table: t.name, rows_done: 0, rows_total: total });
        loop {
            let page: Vec<Vec<Value>> = match tx.exec() {
                Exec::Sqlite(c) => {
                    let rows =
                        sqlx::query(AssertSqlSafe(sql.clone())).bind(page_rows).bind(offset).fetch_all(c).await?;
                    rows.iter().map(|r| row_to_json(r, t)).collect::<Result<_>>()?
                }
                Exec::Postgres(c) => {
                    let rows =
                        sqlx::query(AssertSqlSafe(sql.clone())).bind(page_rows).bind(offset).fetch_all(c).await?;
                    rows.iter().map(|r| row_to_json(r, t)).collect::<Result<_>>()?
                }
            };
            let n = page.len();
            for row in page {
                write_line(out, &json!({"table": t.name, "row": row}))?;
            }
            done += n as u64;
            offset += page_rows;
            progress(Progress { table: t.name, rows_done: done, rows_total: total.max(done) });
            if (n as i64) < page_rows {
                break;
            }
        }
        counts.push((t.name.to_string(), done));
    }
    tx.rollback().await?;

    let sha = hex::encode(hasher.finalize());
    let rows: serde_json::Map<String, Value> = counts.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
    let end = json!({"end": {"rows": rows, "sha256": sha}});
    out.write_all(format!("{end}\n").as_bytes()).map_err(io)?;
    out.flush().map_err(io)?;
    Ok(Summary { schema_version, rows: counts, sha256: sha })
}

/// Reads a backup file's header and footer and checks its checksum and row counts,
/// without touching any database.
pub fn verify(input: impl BufRead) -> Result<Summary> {
    let bad = |m: String| StoreError::Backup(m);
    let mut hasher = Sha256::new();
    let mut header: Option<Value> = None;
    let mut footer: Option<Value> = None;
    let mut counts: std::collections::BTreeMap<String, u64> = Default::default();
    for (n, line) in input.lines().enumerate() {
        let line = line.map_err(|e| bad(format!("cannot read line {}: {e}", n + 1)))?;
        if footer.is_some() {
            return Err(bad(format!("line {}: data after the end marker", n + 1)));
        }
        let v: Value = serde_json::from_str(&line).map_err(|e| bad(format!("line {}: not valid JSON: {e}", n + 1)))?;
        if n == 0 {
            if v.get("format").and_then(Value::as_str) != Some(FORMAT) {
                return Err(bad("this is not a Weerbaar backup file".into()));
            }
            if v.get("format_version").and_then(Value::as_i64) != Some(FORMAT_VERSION) {
                return Err(bad("this backup format version is not supported".into()));
            }
            hasher.update(line.as_bytes());
            hasher.update(b"\n");
            header = Some(v);
        } else if v.get("end").is_some() {
            footer = Some(v);
        } else {
            let t = v.get("table").and_then(Value::as_str).ok_or_else(|| bad(format!("line {}: no table", n + 1)))?;
            *counts.entry(t.to_string()).or_default() += 1;
            hasher.update(line.as_bytes());
            hasher.update(b"\n");
        }
    }
    let header = header.ok_or_else(|| bad("the file is empty".into()))?;
    let footer =
        footer.ok_or_else(|| bad("the file is incomplete (no end marker): was the backup interrupted?".into()))?;
    let sha = hex::encode(hasher.finalize());
    if footer["end"]["sha256"].as_str() != Some(sha.as_str()) {
        return Err(bad("the checksum does not match: the file is damaged".into()));
    }
    let mut rows = Vec::new();
    if let Some(expected) = footer["end"]["rows"].as_object() {
        for (t, n) in expected {
            let n = n.as_u64().unwrap_or(u64::MAX);
            if counts.get(t).copied().unwrap_or(0) != n {
                return Err(bad(format!("table {t}: the row count does not match")));
            }
            rows.push((t.clone(), n));
        }
    }
    let schema_version = header["schema_version"].as_i64().ok_or_else(|| bad("no schema version".into()))?;
    Ok(Summary { schema_version, rows, sha256: sha })
}

/// True when no table holds a row.
pub async fn is_empty(store: &Store) -> Result<bool> {
    let mut c = store.conn().await?;
    for t in TABLES {
        if !migrate::table_exists(&mut c, t.name).await? {
            continue;
        }
        let n: i64 = run!(&mut c, |x| sqlx::query_scalar(AssertSqlSafe(format!("SELECT COUNT(*) FROM {}", t.name)))
            .fetch_one(x)
            .await)?;
        if n > 0 {
            return Ok(false);
        }
    }
    Ok(true)
}

fn bind_value<'q, DB: sqlx::Database>(
    q: sqlx::query::Query<'q, DB, <DB as sqlx::Database>::Arguments>,
    col: Col,
    v: &Value,
) -> Result<sqlx::query::Query<'q, DB, <DB as sqlx::Database>::Arguments>>
where
    Option<String>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    Option<i64>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    Option<bool>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    Option<Vec<u8>>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
{
    let bad = || StoreError::Backup(format!("a value does not fit its column type {col:?}"));
    Ok(match (col, v) {
        (Text, Value::Null) => q.bind(None::<String>),
        (Int, Value::Null) => q.bind(None::<i64>),
        (Bool, Value::Null) => q.bind(None::<bool>),
        (Blob, Value::Null) => q.bind(None::<Vec<u8>>),
        (Text, Value::String(s)) => q.bind(Some(s.clone())),
        (Int, v) => q.bind(Some(v.as_i64().ok_or_else(bad)?)),
        (Bool, Value::Bool(b)) => q.bind(Some(*b)),
        (Blob, Value::String(s)) => q.bind(Some(B64.decode(s).map_err(|_| bad())?)),
        _ => return Err(bad()),
    })
}

/// Restores a verified backup into an empty database, then brings the schema up to date.
/// Runs in one transaction: on any error the database stays empty.
pub async fn restore(store: &Store, path: &std::path::Path, mut progress: impl FnMut(Progress<'_>)) -> Result<Summary> {
    let open = || {
        std::fs::File::open(path)
            .map(std::io::BufReader::new)
            .map_err(|e| StoreError::Backup(format!("cannot open {}: {e}", path.display())))
    };
    let summary = verify(open()?)?;
    let latest = migrate::latest_version();
    if summary.schema_version > latest {
        return Err(StoreError::Backup(format!(
            "the backup has schema version {}, newer than this Weerbaar knows ({latest})",
            summary.schema_version
        )));
    }
    {
        let mut c = store.conn().await?;
        let current = migrate::current_version(&mut c).await?;
        if current > summary.schema_version {
            return Err(StoreError::Backup(
                "restore needs a new, empty database (this one already has a newer schema)".into(),
            ));
        }
    }
    if !is_empty(store).await? {
        return Err(StoreError::Backup("restore needs an empty database; this one already holds data".into()));
    }
    migrate::migrate_with(store, MIGRATIONS, Some(summary.schema_version)).await?;

    let mut tx = store.begin().await?;
    let mut done: std::collections::HashMap<&str, u64> = Default::default();
    let totals: std::collections::HashMap<&str, u64> = summary.rows.iter().map(|(t, n)| (t.as_str(), *n)).collect();
    for (n, line) in open()?.lines().enumerate().skip(1) {
        let line = line.map_err(|e| StoreError::Backup(e.to_string()))?;
        let v: Value = serde_json::from_str(&line).map_err(|e| StoreError::Backup(e.to_string()))?;
        if v.get("end").is_some() {
            break;
        }
        let tname = v["table"].as_str().unwrap_or_default();
        let t = TABLES
            .iter()
            .find(|t| t.name == tname)
            .ok_or_else(|| StoreError::Backup(format!("line {}: unknown table {tname}", n + 1)))?;
        let vals = v["row"].as_array().ok_or_else(|| StoreError::Backup(format!("line {}: no row", n + 1)))?;
        // A backup from an older schema lacks the columns later migrations appended (they
        // get their defaults when the migrations run below); anything else is damage.
        let older = summary.schema_version < latest;
        if vals.len() > t.cols.len() || (vals.len() < t.cols.len() && !older) || vals.is_empty() {
            return Err(StoreError::Backup(format!(
                "line {}: {} values for {} columns",
                n + 1,
                vals.len(),
                t.cols.len()
            )));
        }
        let cols: Vec<&str> = t.cols.iter().take(vals.len()).map(|(c, _)| *c).collect();
        let params: Vec<String> = (1..=cols.len()).map(|i| format!("${i}")).collect();
        let sql = format!("INSERT INTO {} ({}) VALUES ({})", t.name, cols.join(", "), params.join(", "));
        match tx.exec() {
            Exec::Sqlite(c) => {
                let mut q = sqlx::query(AssertSqlSafe(sql));
                for ((_, col), v) in t.cols.iter().zip(vals) {
                    q = bind_value(q, *col, v)?;
                }
                q.execute(c).await?;
            }
            Exec::Postgres(c) => {
                let mut q = sqlx::query(AssertSqlSafe(sql));
                for ((_, col), v) in t.cols.iter().zip(vals) {
                    q = bind_value(q, *col, v)?;
                }
                q.execute(c).await?;
            }
        }
        let d = done.entry(t.name).or_default();
        *d += 1;
        if d.is_multiple_of(500) || totals.get(t.name) == Some(&*d) {
            progress(Progress { table: t.name, rows_done: *d, rows_total: totals.get(t.name).copied().unwrap_or(*d) });
        }
    }
    tx.commit().await?;
    migrate::migrate(store).await?;
    integrity_check(store).await?;
    Ok(summary)
}

/// SQLite's own consistency checks (PostgreSQL enforces the same on every insert).
pub async fn integrity_check(store: &Store) -> Result<()> {
    let mut c = store.conn().await?;
    if let Exec::Sqlite(x) = c.exec() {
        let r: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&mut *x).await?;
        if r != "ok" {
            return Err(StoreError::Corrupt(format!("integrity check: {r}")));
        }
        let fk = sqlx::query("PRAGMA foreign_key_check").fetch_all(&mut *x).await?;
        if !fk.is_empty() {
            return Err(StoreError::Corrupt(format!("{} rows break foreign keys", fk.len())));
        }
    }
    Ok(())
}
