//! The working copy of toolkit resources (what editors change), its stages, comments,
//! and publishing: a published version is a snapshot in `cat_versions`, which is what
//! readers see. Private resources of an organisation use the same tables, published on
//! every save.

use std::collections::BTreeMap;

use weerbaar_core::OrgId;
use weerbaar_core::catalogue::edit::{Checked, next_version};
use weerbaar_core::catalogue::load::{Meta, Shipped, Text};
use weerbaar_core::catalogue::{AttachmentInfo, Audience, ContentLang, Level, ResourceType, Status, Topic};
use weerbaar_core::id::new_row_id;
use weerbaar_core::now_ms;

use crate::catalogue::touch;
use crate::db::Db;
use crate::{Result, StoreError};

/// A resource as its editors see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Working {
    pub id: String,
    pub slug: String,
    pub owner: Option<String>,
    pub status: Status,
    pub meta: Meta,
    pub texts: BTreeMap<ContentLang, Text>,
    pub transcripts: BTreeMap<ContentLang, String>,
    pub video_url: Option<String>,
    pub attachments: Vec<AttachmentInfo>,
    pub shipped: bool,
    pub locally_edited: bool,
    pub withdrawn: bool,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
}

impl Working {
    /// The snapshot a published version keeps.
    pub fn document(&self) -> Shipped {
        Shipped {
            slug: self.slug.clone(),
            meta: self.meta.clone(),
            texts: self.texts.clone(),
            attachments: self.attachments.iter().map(|a| a.name.clone()).collect(),
        }
    }
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    slug: String,
    owner_org_id: Option<String>,
    status: String,
    kind: String,
    audiences: String,
    topics: String,
    effort_hours: i64,
    level: String,
    source_organisation: Option<String>,
    original_url: Option<String>,
    related: String,
    quick_win: Option<i64>,
    licence: String,
    version_label: String,
    last_reviewed: Option<String>,
    next_review: Option<String>,
    shipped_hash: Option<String>,
    locally_edited: bool,
    withdrawn: bool,
    video_url: Option<String>,
    created_at: i64,
    updated_at: i64,
    version: i64,
}

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

fn parse_list<T: serde::de::DeserializeOwned>(s: &str, what: &str) -> Result<Vec<T>> {
    serde_json::from_str(s).map_err(|_| corrupt(what))
}

async fn finish(db: &mut impl Db, r: Row) -> Result<Working> {
    let Row {
        id,
        slug,
        owner_org_id: owner,
        status,
        kind,
        audiences,
        topics,
        effort_hours: effort,
        level,
        source_organisation: source,
        original_url: url,
        related,
        quick_win,
        licence,
        version_label,
        last_reviewed,
        next_review,
        shipped_hash,
        locally_edited,
        withdrawn,
        video_url,
        created_at,
        updated_at,
        version,
    } = r;
    let date = |d: Option<String>| -> Result<jiff::civil::Date> {
        d.as_deref().unwrap_or("").parse().map_err(|_| corrupt("review date"))
    };
    let meta = Meta {
        kind: ResourceType::parse(&kind).ok_or_else(|| corrupt("resource type"))?,
        audiences: parse_list::<Audience>(&audiences, "audiences")?,
        topics: parse_list::<Topic>(&topics, "topics")?,
        level: Level::parse(&level).ok_or_else(|| corrupt("level"))?,
        effort_hours: u32::try_from(effort).unwrap_or(0),
        licence,
        version: version_label,
        last_reviewed: date(last_reviewed)?,
        next_review: date(next_review)?,
        related: parse_list(&related, "related")?,
        quick_win: quick_win.and_then(|q| u8::try_from(q).ok()),
        source_organisation: source,
        original_url: url,
        video_url: video_url.clone(),
    };
    let texts: Vec<(String, String, String, String, String, String)> = run!(db, |c| sqlx::query_as(
        "SELECT lang, title, summary, why, body, transcript FROM cat_texts WHERE resource_id = $1"
    )
    .bind(&id)
    .fetch_all(c)
    .await)?;
    let mut t = BTreeMap::new();
    let mut transcripts = BTreeMap::new();
    for (lang, title, summary, why, body, transcript) in texts {
        let l = ContentLang::parse(&lang).ok_or_else(|| corrupt("text language"))?;
        if !transcript.is_empty() {
            transcripts.insert(l, transcript.clone());
        }
        t.insert(l, Text { title, summary, why, body, transcript });
    }
    let atts: Vec<(String, i64, String)> = run!(db, |c| {
        sqlx::query_as("SELECT name, size, sha256 FROM cat_attachments WHERE resource_id = $1 ORDER BY name")
            .bind(&id)
            .fetch_all(c)
            .await
    })?;
    Ok(Working {
        id,
        slug,
        owner,
        status: Status::parse(&status).ok_or_else(|| corrupt("status"))?,
        meta,
        texts: t,
        transcripts,
        video_url,
        attachments: atts.into_iter().map(|(name, size, sha256)| AttachmentInfo { name, size, sha256 }).collect(),
        shipped: shipped_hash.is_some(),
        locally_edited,
        withdrawn,
        created_at,
        updated_at,
        version,
    })
}

/// The working copy of a resource by slug.
pub async fn get(db: &mut impl Db, slug: &str) -> Result<Option<Working>> {
    let row: Option<Row> =
        run!(db, |c| sqlx::query_as("SELECT * FROM cat_resources WHERE slug = $1").bind(slug).fetch_optional(c).await)?;
    match row {
        Some(r) => Ok(Some(finish(db, r).await?)),
        None => Ok(None),
    }
}

/// A short line per toolkit resource (not private ones) for the editors' list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub slug: String,
    pub status: Status,
    pub title: String,
    pub withdrawn: bool,
    pub update_waiting: bool,
    pub next_review: Option<String>,
    pub updated_at: i64,
}

type LineRow = (String, String, Option<String>, bool, bool, Option<String>, i64);

pub async fn toolkit_lines(db: &mut impl Db, lang: ContentLang) -> Result<Vec<Line>> {
    let rows: Vec<LineRow> = run!(db, |c| sqlx::query_as(
        "SELECT r.slug, r.status, \
           COALESCE((SELECT t.title FROM cat_texts t WHERE t.resource_id = r.id AND t.lang = $1), \
                    (SELECT MIN(t.title) FROM cat_texts t WHERE t.resource_id = r.id)), \
           r.withdrawn, EXISTS (SELECT 1 FROM cat_updates u WHERE u.resource_id = r.id), r.next_review, r.updated_at \
         FROM cat_resources r WHERE r.owner_org_id IS NULL ORDER BY r.updated_at DESC, r.slug"
    )
    .bind(lang.as_str())
    .fetch_all(c)
    .await)?;
    rows.into_iter()
        .map(|(slug, status, title, withdrawn, update_waiting, next_review, updated_at)| {
            Ok(Line {
                status: Status::parse(&status).ok_or_else(|| corrupt("status"))?,
                slug,
                title: title.unwrap_or_default(),
                withdrawn,
                update_waiting,
                next_review,
                updated_at,
            })
        })
        .collect()
}

async fn write_texts(db: &mut impl Db, id: &str, c: &Checked) -> Result<()> {
    exec!(db, |x| sqlx::query("DELETE FROM cat_texts WHERE resource_id = $1").bind(id).execute(x).await)?;
    for (lang, t) in &c.texts {
        let transcript = c.transcripts.get(lang).cloned().unwrap_or_default();
        exec!(db, |x| {
            sqlx::query(
            "INSERT INTO cat_texts (resource_id, lang, title, summary, why, body, transcript) VALUES ($1, $2, $3, $4, $5, $6, $7)"
        )
        .bind(id)
        .bind(lang.as_str())
        .bind(&t.title)
        .bind(&t.summary)
        .bind(&t.why)
        .bind(&t.body)
        .bind(&transcript)
        .execute(x)
        .await
        })?;
    }
    Ok(())
}

/// A free slug based on `base`.
async fn free_slug(db: &mut impl Db, base: &str) -> Result<String> {
    for n in 0..1000 {
        let s = if n == 0 { base.to_string() } else { format!("{base}-{}", n + 1) };
        let taken: Option<String> = run!(db, |c| sqlx::query_scalar("SELECT id FROM cat_resources WHERE slug = $1")
            .bind(&s)
            .fetch_optional(c)
            .await)?;
        if taken.is_none() {
            return Ok(s);
        }
    }
    Ok(format!("{base}-{}", new_row_id()))
}

/// Creates a resource: a toolkit draft (`owner` None) or an organisation's private
/// resource (published at once). Returns its slug.
pub async fn create(db: &mut impl Db, owner: Option<&OrgId>, base_slug: &str, c: &Checked, by: &str) -> Result<String> {
    let id = new_row_id();
    let slug = free_slug(db, base_slug).await?;
    let now = now_ms();
    let m = &c.meta;
    let status = if owner.is_some() { Status::Published } else { Status::Draft };
    exec!(db, |x| sqlx::query(
        "INSERT INTO cat_resources (id, slug, owner_org_id, kind, audiences, topics, level, effort_hours, licence, \
         source_organisation, original_url, related, quick_win, status, version_label, last_reviewed, next_review, \
         shipped_hash, locally_edited, created_at, updated_at, version, withdrawn, video_url) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, NULL, $13, '', $14, $15, NULL, FALSE, $16, $16, 1, FALSE, $17)"
    )
    .bind(&id)
    .bind(&slug)
    .bind(owner.map(|o| o.as_str().to_string()))
    .bind(m.kind.as_str())
    .bind(crate::json::text(&m.audiences)?)
    .bind(crate::json::text(&m.topics)?)
    .bind(m.level.as_str())
    .bind(i64::from(m.effort_hours))
    .bind(&m.licence)
    .bind(&m.source_organisation)
    .bind(&m.original_url)
    .bind(crate::json::text(&m.related)?)
    .bind(status.as_str())
    .bind(m.last_reviewed.to_string())
    .bind(m.next_review.to_string())
    .bind(now)
    .bind(&c.video_url)
    .execute(x)
    .await)
    .map_err(|e| StoreError::unique(e, "slug"))?;
    write_texts(db, &id, c).await?;
    if owner.is_some() {
        snapshot(db, &id, "", by).await?;
    }
    Ok(slug)
}

/// Saves the editor's changes to the working copy, if nobody saved since `expected`.
/// A shipped resource becomes locally edited: later releases wait for a decision.
pub async fn update(db: &mut impl Db, w: &Working, c: &Checked, expected: i64) -> Result<()> {
    let m = &c.meta;
    let n = exec!(db, |x| {
        sqlx::query(
        "UPDATE cat_resources SET kind = $1, audiences = $2, topics = $3, level = $4, effort_hours = $5, licence = $6, \
         source_organisation = $7, original_url = $8, related = $9, last_reviewed = $10, next_review = $11, \
         video_url = $12, locally_edited = (shipped_hash IS NOT NULL), updated_at = $13, version = version + 1 \
         WHERE id = $14 AND version = $15"
    )
    .bind(m.kind.as_str())
    .bind(crate::json::text(&m.audiences)?)
    .bind(crate::json::text(&m.topics)?)
    .bind(m.level.as_str())
    .bind(i64::from(m.effort_hours))
    .bind(&m.licence)
    .bind(&m.source_organisation)
    .bind(&m.original_url)
    .bind(crate::json::text(&m.related)?)
    .bind(m.last_reviewed.to_string())
    .bind(m.next_review.to_string())
    .bind(&c.video_url)
    .bind(now_ms())
    .bind(&w.id)
    .bind(expected)
    .execute(x)
    .await
    })?;
    if n == 0 {
        return Err(StoreError::Conflict);
    }
    write_texts(db, &w.id, c).await
}

/// Moves the working copy to another stage, if nobody changed it since `expected`.
pub async fn set_status(db: &mut impl Db, id: &str, to: Status, expected: i64) -> Result<()> {
    let n = exec!(db, |x| {
        sqlx::query(
        "UPDATE cat_resources SET status = $1, withdrawn = (CASE WHEN $1 = 'archived' THEN TRUE WHEN $1 = 'published' THEN FALSE ELSE withdrawn END), \
         updated_at = $2, version = version + 1 WHERE id = $3 AND version = $4"
    )
    .bind(to.as_str())
    .bind(now_ms())
    .bind(id)
    .bind(expected)
    .execute(x)
    .await
    })?;
    if n == 0 {
        return Err(StoreError::Conflict);
    }
    if matches!(to, Status::Archived | Status::Published) {
        touch(db).await?;
    }
    Ok(())
}

/// Publishes the working copy as a new version with its change note; readers see it.
pub async fn snapshot(db: &mut impl Db, id: &str, change_note: &str, by: &str) -> Result<String> {
    let prev: Option<String> = run!(db, |c| sqlx::query_scalar(
        "SELECT version_label FROM cat_versions WHERE resource_id = $1 ORDER BY published_at DESC, id DESC LIMIT 1"
    )
    .bind(id)
    .fetch_optional(c)
    .await)?;
    let label = next_version(prev.as_deref().unwrap_or(""));
    let now = now_ms();
    exec!(db, |c| {
        sqlx::query(
        "UPDATE cat_resources SET version_label = $1, status = 'published', withdrawn = FALSE, updated_at = $2 WHERE id = $3"
    )
    .bind(&label)
    .bind(now)
    .bind(id)
    .execute(c)
    .await
    })?;
    let slug: String =
        run!(db, |c| sqlx::query_scalar("SELECT slug FROM cat_resources WHERE id = $1").bind(id).fetch_one(c).await)?;
    let w = get(db, &slug).await?.ok_or(StoreError::NotFound)?;
    let vid = new_row_id();
    exec!(db, |c| sqlx::query(
        "INSERT INTO cat_versions (id, resource_id, version_label, change_note, document, published_by, published_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)"
    )
    .bind(&vid)
    .bind(id)
    .bind(&label)
    .bind(change_note)
    .bind(crate::json::text(&w.document())?)
    .bind(by)
    .bind(now)
    .execute(c)
    .await)?;
    touch(db).await?;
    Ok(label)
}

/// Deletes an organisation's private resource.
pub async fn delete_private(db: &mut impl Db, org: &OrgId, slug: &str) -> Result<bool> {
    let n = exec!(db, |c| sqlx::query("DELETE FROM cat_resources WHERE slug = $1 AND owner_org_id = $2")
        .bind(slug)
        .bind(org.as_str())
        .execute(c)
        .await)?;
    if n > 0 {
        touch(db).await?;
    }
    Ok(n > 0)
}

/// A comment on a resource in the workflow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub stage: String,
    pub author_name: String,
    pub body: String,
    pub created_at: i64,
}

pub async fn add_comment(
    db: &mut impl Db,
    resource_id: &str,
    stage: Status,
    author: (Option<&str>, &str),
    body: &str,
) -> Result<()> {
    exec!(db, |c| sqlx::query(
        "INSERT INTO cat_comments (id, resource_id, stage, author_id, author_name, body, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)"
    )
    .bind(new_row_id())
    .bind(resource_id)
    .bind(stage.as_str())
    .bind(author.0)
    .bind(author.1)
    .bind(body)
    .bind(now_ms())
    .execute(c)
    .await)?;
    Ok(())
}

pub async fn comments(db: &mut impl Db, resource_id: &str) -> Result<Vec<Comment>> {
    let rows: Vec<(String, String, String, i64)> = run!(db, |c| {
        sqlx::query_as(
        "SELECT stage, author_name, body, created_at FROM cat_comments WHERE resource_id = $1 ORDER BY created_at, id"
    )
    .bind(resource_id)
    .fetch_all(c)
    .await
    })?;
    Ok(rows
        .into_iter()
        .map(|(stage, author_name, body, created_at)| Comment { stage, author_name, body, created_at })
        .collect())
}

/// A published version, as kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    pub id: String,
    pub label: String,
    pub change_note: String,
    pub published_by: String,
    pub published_at: i64,
    pub document: Shipped,
}

pub async fn versions(db: &mut impl Db, resource_id: &str) -> Result<Vec<Version>> {
    let rows: Vec<(String, String, String, String, String, i64)> = run!(db, |c| sqlx::query_as(
        "SELECT id, version_label, change_note, document, published_by, published_at FROM cat_versions \
         WHERE resource_id = $1 ORDER BY published_at DESC, id DESC"
    )
    .bind(resource_id)
    .fetch_all(c)
    .await)?;
    rows.into_iter()
        .map(|(id, label, change_note, doc, published_by, published_at)| {
            Ok(Version {
                document: serde_json::from_str(&doc).map_err(|_| corrupt("version document"))?,
                id,
                label,
                change_note,
                published_by,
                published_at,
            })
        })
        .collect()
}

/// A newer shipped version of a locally edited resource.
pub async fn update_waiting(db: &mut impl Db, resource_id: &str) -> Result<Option<(String, Shipped)>> {
    let row: Option<(String, String)> =
        run!(db, |c| sqlx::query_as("SELECT shipped_hash, document FROM cat_updates WHERE resource_id = $1")
            .bind(resource_id)
            .fetch_optional(c)
            .await)?;
    row.map(|(h, d)| Ok((h, serde_json::from_str(&d).map_err(|_| corrupt("shipped update"))?))).transpose()
}

/// The editor keeps the local version: the waiting release is dismissed (a later
/// release will be offered again).
pub async fn dismiss_update(db: &mut impl Db, resource_id: &str) -> Result<()> {
    exec!(db, |c| {
        sqlx::query(
        "UPDATE cat_resources SET shipped_hash = (SELECT shipped_hash FROM cat_updates WHERE resource_id = $1) WHERE id = $1 \
         AND EXISTS (SELECT 1 FROM cat_updates WHERE resource_id = $1)"
    )
    .bind(resource_id)
    .execute(c)
    .await
    })?;
    exec!(db, |c| sqlx::query("DELETE FROM cat_updates WHERE resource_id = $1").bind(resource_id).execute(c).await)?;
    Ok(())
}

/// Adds or replaces a file of the working copy (readers get it with the next version).
pub async fn put_attachment(db: &mut impl Db, w: &Working, name: &str, data: &[u8]) -> Result<()> {
    crate::attachments::put(db, &w.id, name, data).await?;
    changed(db, w).await
}

pub async fn delete_attachment(db: &mut impl Db, w: &Working, name: &str) -> Result<bool> {
    let removed = crate::attachments::remove(db, &w.id, name).await?;
    if removed {
        changed(db, w).await?;
    }
    Ok(removed)
}

async fn changed(db: &mut impl Db, w: &Working) -> Result<()> {
    exec!(db, |c| {
        sqlx::query(
        "UPDATE cat_resources SET locally_edited = (shipped_hash IS NOT NULL), updated_at = $1, version = version + 1 WHERE id = $2"
    )
    .bind(now_ms())
    .bind(&w.id)
    .execute(c)
    .await
    })?;
    Ok(())
}

/// The editor takes the waiting shipped release of a locally edited resource: texts,
/// metadata and files become the release's, published as a new version, and later
/// releases update it again.
pub async fn take_update(db: &mut impl Db, resource_id: &str, by: &str) -> Result<bool> {
    let Some((hash, doc)) = update_waiting(db, resource_id).await? else { return Ok(false) };
    let files = weerbaar_content::resource_files();
    let item = crate::catalogue::ShippedItem {
        resource: &doc,
        attachments: crate::catalogue::attachments_of(&doc.slug, &files),
    };
    // The release in this binary is the one waiting (or newer): use its files.
    let hash = if crate::catalogue::shipped_hash(&item) == hash { hash } else { crate::catalogue::shipped_hash(&item) };
    crate::catalogue::update_row(db, resource_id, &doc, &hash).await?;
    crate::catalogue::write_parts(db, resource_id, &item).await?;
    exec!(db, |c| sqlx::query(
        "UPDATE cat_resources SET locally_edited = FALSE, status = 'published', withdrawn = FALSE WHERE id = $1"
    )
    .bind(resource_id)
    .execute(c)
    .await)?;
    exec!(db, |c| sqlx::query("DELETE FROM cat_updates WHERE resource_id = $1").bind(resource_id).execute(c).await)?;
    snapshot(db, resource_id, "Shipped release taken", by).await?;
    Ok(true)
}
