//! The grab pack and the plan's PDF as last built in the background, and who last took
//! which pack.

use weerbaar_core::{OrgId, UserId};

use crate::Result;
use crate::db::Db;

/// A stored pack's description, without its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackInfo {
    pub plan_stamp: i64,
    pub fingerprint: String,
    pub lang: String,
    pub plan_version: String,
    pub plan_status: String,
    pub pack_name: String,
    pub pack_sha256: String,
    pub pdf_name: String,
    pub pdf_sha256: String,
    pub built_at: i64,
}

/// A pack to keep.
pub struct NewPack<'a> {
    pub info: &'a PackInfo,
    pub pack: &'a [u8],
    pub pdf: &'a [u8],
}

type InfoRow = (i64, String, String, String, String, String, String, String, String, i64);

fn info(
    (plan_stamp, fingerprint, lang, plan_version, plan_status, pack_name, pack_sha256, pdf_name, pdf_sha256, built_at): InfoRow,
) -> PackInfo {
    PackInfo {
        plan_stamp,
        fingerprint,
        lang,
        plan_version,
        plan_status,
        pack_name,
        pack_sha256,
        pdf_name,
        pdf_sha256,
        built_at,
    }
}

pub async fn pack_info(db: &mut impl Db, org: &OrgId) -> Result<Option<PackInfo>> {
    let row: Option<InfoRow> = run!(db, |c| {
        sqlx::query_as(
        "SELECT plan_stamp, fingerprint, lang, plan_version, plan_status, pack_name, pack_sha256, pdf_name, pdf_sha256, built_at \
         FROM bcp_packs WHERE org_id = $1"
    )
    .bind(org.as_str())
    .fetch_optional(c)
    .await
    })?;
    Ok(row.map(info))
}

/// Which stored file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackFile {
    Pack,
    Pdf,
}

/// The bytes of a stored file, if the stored pack is still the one of `plan_stamp`.
pub async fn pack_file(db: &mut impl Db, org: &OrgId, file: PackFile, plan_stamp: i64) -> Result<Option<Vec<u8>>> {
    let sql = match file {
        PackFile::Pack => "SELECT pack FROM bcp_packs WHERE org_id = $1 AND plan_stamp = $2",
        PackFile::Pdf => "SELECT pdf FROM bcp_packs WHERE org_id = $1 AND plan_stamp = $2",
    };
    Ok(run!(db, |c| sqlx::query_scalar(sql).bind(org.as_str()).bind(plan_stamp).fetch_optional(c).await)?)
}

/// Keeps a newly built pack, unless one of a later plan stamp is already kept (another
/// server built it meanwhile). Returns whether it was kept.
pub async fn keep_pack(db: &mut impl Db, org: &OrgId, p: &NewPack<'_>) -> Result<bool> {
    let i = p.info;
    let newer: Option<i64> =
        run!(db, |c| sqlx::query_scalar("SELECT plan_stamp FROM bcp_packs WHERE org_id = $1 AND plan_stamp > $2")
            .bind(org.as_str())
            .bind(i.plan_stamp)
            .fetch_optional(c)
            .await)?;
    if newer.is_some() {
        return Ok(false);
    }
    exec!(db, |c| sqlx::query("DELETE FROM bcp_packs WHERE org_id = $1").bind(org.as_str()).execute(c).await)?;
    exec!(db, |c| {
        sqlx::query(
        "INSERT INTO bcp_packs (org_id, plan_stamp, fingerprint, lang, plan_version, plan_status, pack, pack_name, pack_sha256, \
         pdf, pdf_name, pdf_sha256, built_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"
    )
    .bind(org.as_str())
    .bind(i.plan_stamp)
    .bind(&i.fingerprint)
    .bind(&i.lang)
    .bind(&i.plan_version)
    .bind(&i.plan_status)
    .bind(p.pack)
    .bind(&i.pack_name)
    .bind(&i.pack_sha256)
    .bind(p.pdf)
    .bind(&i.pdf_name)
    .bind(&i.pdf_sha256)
    .bind(i.built_at)
    .execute(c)
    .await
    })?;
    Ok(true)
}

/// Records that a person took a pack (their latest only).
pub async fn record_download(
    db: &mut impl Db,
    org: &OrgId,
    user: &UserId,
    fingerprint: &str,
    pack_sha256: &str,
    at: i64,
) -> Result<()> {
    // One statement: two downloads by the same person at once (two tabs, a retry) must
    // not both insert; with a delete and an insert PostgreSQL refused the second one.
    exec!(db, |c| sqlx::query(
        "INSERT INTO bcp_pack_downloads (org_id, user_id, fingerprint, pack_sha256, at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (org_id, user_id) DO UPDATE SET fingerprint = excluded.fingerprint, \
         pack_sha256 = excluded.pack_sha256, at = excluded.at"
    )
    .bind(org.as_str())
    .bind(user.as_str())
    .bind(fingerprint)
    .bind(pack_sha256)
    .bind(at)
    .execute(c)
    .await)?;
    Ok(())
}

/// Whether this person took this pack at or after `since`.
pub async fn downloaded_since(
    db: &mut impl Db,
    org: &OrgId,
    user: &UserId,
    pack_sha256: &str,
    since: i64,
) -> Result<bool> {
    let n: i64 = run!(db, |c| {
        sqlx::query_scalar(
        "SELECT COUNT(*) FROM bcp_pack_downloads WHERE org_id = $1 AND user_id = $2 AND pack_sha256 = $3 AND at >= $4"
    )
    .bind(org.as_str())
    .bind(user.as_str())
    .bind(pack_sha256)
    .bind(since)
    .fetch_one(c)
    .await
    })?;
    Ok(n > 0)
}

/// Each person's latest download in the organisation: (user, fingerprint, pack checksum, when).
pub async fn downloads(db: &mut impl Db, org: &OrgId) -> Result<Vec<(UserId, String, String, i64)>> {
    let rows: Vec<(String, String, String, i64)> = run!(db, |c| sqlx::query_as(
        "SELECT user_id, fingerprint, pack_sha256, at FROM bcp_pack_downloads WHERE org_id = $1 ORDER BY at DESC"
    )
    .bind(org.as_str())
    .fetch_all(c)
    .await)?;
    Ok(rows.into_iter().map(|(u, f, s, at)| (UserId::from_db(u), f, s, at)).collect())
}

/// The organisation's latest pack download: who (their name), which plan (fingerprint), when.
pub async fn last_download(db: &mut impl Db, org: &OrgId) -> Result<Option<(String, String, i64)>> {
    Ok(run!(db, |c| sqlx::query_as(
        "SELECT u.name, d.fingerprint, d.at FROM bcp_pack_downloads d JOIN users u ON u.id = d.user_id \
         WHERE d.org_id = $1 ORDER BY d.at DESC LIMIT 1"
    )
    .bind(org.as_str())
    .fetch_optional(c)
    .await)?)
}
