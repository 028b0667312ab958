//! The toolkit catalogue's resources. The shipped content is brought into the database at
//! start by [`sync_shipped`]: new resources are added, unchanged ones left alone, changed
//! ones updated in place, unless someone edited that resource here: then the newer
//! shipped version waits in `cat_updates` for an editor to compare and choose.

use std::collections::HashMap;

use sha2::{Digest, Sha256};
use weerbaar_core::catalogue::load::Shipped;
use weerbaar_core::catalogue::{AttachmentInfo, Published};
use weerbaar_core::id::new_row_id;
use weerbaar_core::now_ms;
use weerbaar_core::secret::random_token;

use crate::db::Db;
use crate::{Result, Store, StoreError};

/// A shipped resource with the bytes of its attachments.
pub struct ShippedItem<'a> {
    pub resource: &'a Shipped,
    pub attachments: Vec<(&'a str, &'a [u8])>,
}

/// What one run of [`sync_shipped`] did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SyncReport {
    pub added: usize,
    pub updated: usize,
    /// Changed in the release but edited locally: waiting for an editor.
    pub held_back: usize,
    pub unchanged: usize,
}

/// Identifies a shipped version: its metadata, texts and attachment contents.
pub fn shipped_hash(item: &ShippedItem<'_>) -> String {
    let mut h = Sha256::new();
    h.update(serde_json::to_string(item.resource).unwrap_or_default().as_bytes());
    let mut atts = item.attachments.clone();
    atts.sort();
    for (name, data) in atts {
        h.update(name.as_bytes());
        h.update([0]);
        h.update(Sha256::digest(data));
    }
    hex::encode(h.finalize())
}

/// Brings the shipped resources into the database; run inside one transaction at start.
pub async fn sync_shipped(db: &mut impl Db, items: &[ShippedItem<'_>]) -> Result<SyncReport> {
    let mut report = SyncReport::default();
    for item in items {
        let r = item.resource;
        let hash = shipped_hash(item);
        let row: Option<(String, Option<String>, bool)> =
            run!(db, |c| sqlx::query_as("SELECT id, shipped_hash, locally_edited FROM cat_resources WHERE slug = $1")
                .bind(&r.slug)
                .fetch_optional(c)
                .await)?;
        match row {
            None => {
                let id = new_row_id();
                insert_row(db, &id, r, &hash).await?;
                write_parts(db, &id, item).await?;
                add_version(db, &id, r).await?;
                report.added += 1;
            }
            Some((_, Some(h), _)) if h == hash => report.unchanged += 1,
            Some((id, _, true)) => {
                exec!(db, |c| sqlx::query(
                    "INSERT INTO cat_updates (resource_id, shipped_hash, document, found_at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (resource_id) DO UPDATE SET shipped_hash = $2, document = $3, found_at = $4"
                )
                .bind(&id)
                .bind(&hash)
                .bind(crate::json::text(r)?)
                .bind(now_ms())
                .execute(c)
                .await)?;
                report.held_back += 1;
            }
            Some((id, _, false)) => {
                update_row(db, &id, r, &hash).await?;
                write_parts(db, &id, item).await?;
                add_version(db, &id, r).await?;
                report.updated += 1;
            }
        }
    }
    Ok(report)
}

async fn insert_row(db: &mut impl Db, id: &str, r: &Shipped, hash: &str) -> Result<()> {
    let m = &r.meta;
    let now = now_ms();
    exec!(db, |c| {
        sqlx::query(
        "INSERT INTO cat_resources (id, slug, owner_org_id, kind, audiences, topics, level, effort_hours, licence, \
         source_organisation, original_url, related, quick_win, status, version_label, last_reviewed, next_review, \
         shipped_hash, locally_edited, created_at, updated_at, version) \
         VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'published', $13, $14, $15, $16, FALSE, $17, $17, 1)"
    )
    .bind(id)
    .bind(&r.slug)
    .bind(m.kind.as_str())
    .bind(crate::json::text(&m.audiences)?)
    .bind(crate::json::text(&m.topics)?)
    .bind(m.level.as_str())
    .bind(i64::from(m.effort_hours))
    .bind(&m.licence)
    .bind(m.source_organisation.as_deref().filter(|s| !s.is_empty()))
    .bind(m.original_url.as_deref().filter(|s| !s.is_empty()))
    .bind(crate::json::text(&m.related)?)
    .bind(m.quick_win.map(i64::from))
    .bind(&m.version)
    .bind(m.last_reviewed.to_string())
    .bind(m.next_review.to_string())
    .bind(hash)
    .bind(now)
    .execute(c)
    .await
    })?;
    Ok(())
}

pub(crate) async fn update_row(db: &mut impl Db, id: &str, r: &Shipped, hash: &str) -> Result<()> {
    let m = &r.meta;
    exec!(db, |c| {
        sqlx::query(
        "UPDATE cat_resources SET kind = $1, audiences = $2, topics = $3, level = $4, effort_hours = $5, licence = $6, \
         source_organisation = $7, original_url = $8, related = $9, quick_win = $10, version_label = $11, \
         last_reviewed = $12, next_review = $13, shipped_hash = $14, updated_at = $15, version = version + 1 WHERE id = $16"
    )
    .bind(m.kind.as_str())
    .bind(crate::json::text(&m.audiences)?)
    .bind(crate::json::text(&m.topics)?)
    .bind(m.level.as_str())
    .bind(i64::from(m.effort_hours))
    .bind(&m.licence)
    .bind(m.source_organisation.as_deref().filter(|s| !s.is_empty()))
    .bind(m.original_url.as_deref().filter(|s| !s.is_empty()))
    .bind(crate::json::text(&m.related)?)
    .bind(m.quick_win.map(i64::from))
    .bind(&m.version)
    .bind(m.last_reviewed.to_string())
    .bind(m.next_review.to_string())
    .bind(hash)
    .bind(now_ms())
    .bind(id)
    .execute(c)
    .await
    })?;
    Ok(())
}

/// Replaces the texts and attachments of a resource by the shipped ones.
pub(crate) async fn write_parts(db: &mut impl Db, id: &str, item: &ShippedItem<'_>) -> Result<()> {
    exec!(db, |c| sqlx::query("DELETE FROM cat_texts WHERE resource_id = $1").bind(id).execute(c).await)?;
    crate::attachments::remove_all(db, id).await?;
    for (lang, t) in &item.resource.texts {
        exec!(db, |c| sqlx::query(
            "INSERT INTO cat_texts (resource_id, lang, title, summary, why, body) VALUES ($1, $2, $3, $4, $5, $6)"
        )
        .bind(id)
        .bind(lang.as_str())
        .bind(&t.title)
        .bind(&t.summary)
        .bind(&t.why)
        .bind(&t.body)
        .execute(c)
        .await)?;
    }
    for (name, data) in &item.attachments {
        crate::attachments::put(db, id, name, data).await?;
    }
    Ok(())
}

async fn add_version(db: &mut impl Db, id: &str, r: &Shipped) -> Result<()> {
    exec!(db, |c| sqlx::query(
        "INSERT INTO cat_versions (id, resource_id, version_label, change_note, document, published_by, published_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)"
    )
    .bind(new_row_id())
    .bind(id)
    .bind(&r.meta.version)
    .bind("Shipped with Weerbaar")
    .bind(crate::json::text(r)?)
    .bind("Weerbaar")
    .bind(now_ms())
    .execute(c)
    .await)?;
    Ok(())
}

/// The attachments of one shipped resource among the content files.
pub fn attachments_of<'a>(slug: &str, files: &'a [(String, &'static [u8])]) -> Vec<(&'a str, &'static [u8])> {
    let prefix = format!("{slug}/attachments/");
    files.iter().filter_map(|(p, b)| p.strip_prefix(&prefix).map(|n| (n, *b))).collect()
}

/// Loads the content embedded in this binary and brings it into the database in one
/// transaction. Content that does not load stops everything with every mistake listed.
pub async fn sync_embedded(store: &Store) -> Result<SyncReport> {
    let shipped = weerbaar_content::resources()
        .map_err(|errs| StoreError::Content(errs.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")))?;
    weerbaar_content::synonyms().map_err(|e| StoreError::Content(e.to_string()))?;
    let files = weerbaar_content::resource_files();
    let items: Vec<ShippedItem<'_>> =
        shipped.iter().map(|r| ShippedItem { resource: r, attachments: attachments_of(&r.slug, &files) }).collect();
    let baseline = weerbaar_content::baseline().map_err(StoreError::Content)?;
    let mut tx = store.begin().await?;
    crate::assessments::frameworks::sync_shipped(&mut tx, &baseline).await?;
    let report = sync_shipped(&mut tx, &items).await?;
    if report.added + report.updated + report.held_back > 0 {
        touch(&mut tx).await?;
    }
    tx.commit().await?;
    Ok(report)
}

/// Marks a shipped resource as edited here, so releases no longer overwrite it.
pub async fn mark_edited(db: &mut impl Db, slug: &str) -> Result<u64> {
    exec!(db, |c| sqlx::query("UPDATE cat_resources SET locally_edited = TRUE, updated_at = $1 WHERE slug = $2")
        .bind(now_ms())
        .bind(slug)
        .execute(c)
        .await)
    .map_err(Into::into)
}

/// The title of a resource in one language, if it has that language.
pub async fn title(db: &mut impl Db, slug: &str, lang: &str) -> Result<Option<String>> {
    Ok(run!(db, |c| sqlx::query_scalar(
        "SELECT t.title FROM cat_texts t JOIN cat_resources r ON r.id = t.resource_id WHERE r.slug = $1 AND t.lang = $2"
    )
    .bind(slug)
    .bind(lang)
    .fetch_optional(c)
    .await)?)
}

/// Counts: published resources, versions kept, updates waiting for an editor.
pub async fn counts(db: &mut impl Db) -> Result<(i64, i64, i64)> {
    Ok(run!(db, |c| sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM cat_resources WHERE status = 'published'), \
         (SELECT COUNT(*) FROM cat_versions), (SELECT COUNT(*) FROM cat_updates)"
    )
    .fetch_one(c)
    .await)?)
}

const REV_KEY: &str = "catalogue_rev";

/// The catalogue's revision: changed in the transaction of every change to what is
/// published, so each server process can keep the published catalogue in memory and
/// rebuild it when the revision moves.
pub async fn rev(db: &mut impl Db) -> Result<String> {
    Ok(crate::settings::get(db, REV_KEY).await?.unwrap_or_default())
}

/// Marks the published catalogue as changed.
pub async fn touch(db: &mut impl Db) -> Result<()> {
    crate::settings::set(db, REV_KEY, &random_token()).await
}

/// Every resource's latest published version, unless withdrawn, with its attachments.
pub async fn published(db: &mut impl Db) -> Result<Vec<Published>> {
    let rows: Vec<(String, String, Option<String>, String, i64)> = run!(db, |c| sqlx::query_as(
        "SELECT r.id, r.slug, r.owner_org_id, v.document, v.published_at FROM cat_resources r \
         JOIN cat_versions v ON v.resource_id = r.id \
         WHERE NOT r.withdrawn AND NOT EXISTS (SELECT 1 FROM cat_versions w WHERE w.resource_id = r.id \
           AND (w.published_at > v.published_at OR (w.published_at = v.published_at AND w.id > v.id))) \
         ORDER BY r.slug"
    )
    .fetch_all(c)
    .await)?;
    let atts: Vec<(String, String, i64, String)> = run!(db, |c| {
        sqlx::query_as("SELECT resource_id, name, size, sha256 FROM cat_attachments ORDER BY resource_id, name")
            .fetch_all(c)
            .await
    })?;
    let mut by_resource: HashMap<String, Vec<AttachmentInfo>> = HashMap::new();
    for (rid, name, size, sha256) in atts {
        by_resource.entry(rid).or_default().push(AttachmentInfo { name, size, sha256 });
    }
    rows.into_iter()
        .map(|(id, slug, owner, doc, published_at)| {
            let d: Shipped = serde_json::from_str(&doc)
                .map_err(|e| StoreError::Corrupt(format!("published version of {slug}: {e}")))?;
            // Only the files the published version names.
            let attachments = by_resource
                .get(&id)
                .map(|v| v.iter().filter(|a| d.attachments.contains(&a.name)).cloned().collect())
                .unwrap_or_default();
            Ok(Published { id, slug, owner, meta: d.meta, texts: d.texts, attachments, published_at })
        })
        .collect()
}

/// The link checker's record of one address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkCheck {
    pub url: String,
    pub ok: bool,
    pub http_status: Option<i64>,
    pub error: Option<String>,
    pub failures: i64,
    pub checked_at: i64,
}

/// Addresses to check now: known ones that are due, plus `known` ones never checked.
pub async fn links_due(db: &mut impl Db, known: &[String], now: i64, limit: usize) -> Result<Vec<String>> {
    let checked: Vec<(String, i64)> =
        run!(db, |c| sqlx::query_as("SELECT url, next_check_at FROM cat_link_checks").fetch_all(c).await)?;
    let seen: HashMap<&str, i64> = checked.iter().map(|(u, n)| (u.as_str(), *n)).collect();
    let mut due: Vec<String> =
        known.iter().filter(|u| seen.get(u.as_str()).is_none_or(|next| *next <= now)).cloned().collect();
    due.truncate(limit);
    Ok(due)
}

/// Records a check; returns the failures in a row.
pub async fn record_link(
    db: &mut impl Db,
    url: &str,
    status: Option<i64>,
    error: Option<&str>,
    now: i64,
) -> Result<i64> {
    let ok = error.is_none() && status.is_some_and(|s| (200..400).contains(&s));
    let before: Option<i64> = run!(db, |c| sqlx::query_scalar("SELECT failures FROM cat_link_checks WHERE url = $1")
        .bind(url)
        .fetch_optional(c)
        .await)?;
    let failures = if ok { 0 } else { before.unwrap_or(0) + 1 };
    let next = weerbaar_core::catalogue::links::next_check(now, failures);
    exec!(db, |c| {
        sqlx::query(
        "INSERT INTO cat_link_checks (url, ok, http_status, error, failures, checked_at, next_check_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (url) DO UPDATE SET ok = $2, http_status = $3, error = $4, failures = $5, checked_at = $6, next_check_at = $7"
    )
    .bind(url)
    .bind(ok)
    .bind(status)
    .bind(error)
    .bind(failures)
    .bind(now)
    .bind(next)
    .execute(c)
    .await
    })?;
    Ok(failures)
}

type LinkRow = (String, bool, Option<i64>, Option<String>, i64, i64);

/// Links that failed at least `min_failures` times in a row.
pub async fn broken_links(db: &mut impl Db, min_failures: i64) -> Result<Vec<LinkCheck>> {
    let rows: Vec<LinkRow> = run!(db, |c| {
        sqlx::query_as(
        "SELECT url, ok, http_status, error, failures, checked_at FROM cat_link_checks WHERE failures >= $1 ORDER BY url"
    )
    .bind(min_failures)
    .fetch_all(c)
    .await
    })?;
    Ok(rows
        .into_iter()
        .map(|(url, ok, http_status, error, failures, checked_at)| LinkCheck {
            url,
            ok,
            http_status,
            error,
            failures,
            checked_at,
        })
        .collect())
}

/// Makes every recorded link due now (after a fix, or in tests).
pub async fn make_links_due(db: &mut impl Db) -> Result<u64> {
    Ok(exec!(db, |c| sqlx::query("UPDATE cat_link_checks SET next_check_at = 0").execute(c).await)?)
}
