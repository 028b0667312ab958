//! Installation-wide settings as key/value pairs.

use crate::Result;
use crate::db::{Db, Store};

pub const SERVER_SECRET: &str = "server_secret";
pub const DEMO: &str = "demo";

pub async fn get(db: &mut impl Db, key: &str) -> Result<Option<String>> {
    Ok(run!(db, |c| sqlx::query_scalar("SELECT value FROM settings WHERE key = $1").bind(key).fetch_optional(c).await)?)
}

pub async fn set(db: &mut impl Db, key: &str, value: &str) -> Result<()> {
    exec!(db, |c| sqlx::query(
        "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
    )
    .bind(key)
    .bind(value)
    .execute(c)
    .await)?;
    Ok(())
}

pub async fn remove(db: &mut impl Db, key: &str) -> Result<()> {
    exec!(db, |c| sqlx::query("DELETE FROM settings WHERE key = $1").bind(key).execute(c).await)?;
    Ok(())
}

/// The installation's secret for signing (CSRF tokens). Created once, shared by every
/// server process through the database.
pub async fn server_secret(store: &Store) -> Result<Vec<u8>> {
    let mut c = store.conn().await?;
    if let Some(v) = get(&mut c, SERVER_SECRET).await? {
        return hex::decode(v).map_err(|_| crate::StoreError::Corrupt("server secret".into()));
    }
    drop(c);
    let fresh = hex::encode(weerbaar_core::secret::random_bytes::<32>());
    let mut tx = store.begin().await?;
    exec!(&mut tx, |c| sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING")
        .bind(SERVER_SECRET)
        .bind(&fresh)
        .execute(c)
        .await)?;
    let v = get(&mut tx, SERVER_SECRET).await?.unwrap_or(fresh);
    tx.commit().await?;
    hex::decode(v).map_err(|_| crate::StoreError::Corrupt("server secret".into()))
}
