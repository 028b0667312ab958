//! Toolkit files, kept in chunks of [`CHUNK`] bytes so that a download reads one chunk
//! at a time and a range request only the chunks it covers.

use sha2::{Digest, Sha256};

use crate::Result;
use crate::db::Db;

/// Bytes per stored chunk (also the migration's number: 262144).
pub const CHUNK: u64 = 256 * 1024;

/// A stored file's size and checksum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileInfo {
    pub size: u64,
    pub sha256: String,
}

/// Adds or replaces a file of a resource.
pub async fn put(db: &mut impl Db, resource_id: &str, name: &str, data: &[u8]) -> Result<()> {
    remove(db, resource_id, name).await?;
    let size = i64::try_from(data.len()).unwrap_or(i64::MAX);
    exec!(db, |c| sqlx::query(
        "INSERT INTO cat_attachments (resource_id, name, data, sha256, size) VALUES ($1, $2, $3, $4, $5)"
    )
    .bind(resource_id)
    .bind(name)
    .bind(Vec::<u8>::new())
    .bind(hex::encode(Sha256::digest(data)))
    .bind(size)
    .execute(c)
    .await)?;
    for (seq, part) in data.chunks(CHUNK as usize).enumerate() {
        let seq = i64::try_from(seq).unwrap_or(i64::MAX);
        exec!(db, |c| sqlx::query(
            "INSERT INTO cat_attachment_chunks (resource_id, name, seq, data) VALUES ($1, $2, $3, $4)"
        )
        .bind(resource_id)
        .bind(name)
        .bind(seq)
        .bind(part)
        .execute(c)
        .await)?;
    }
    Ok(())
}

/// Removes a file; false if there was none.
pub async fn remove(db: &mut impl Db, resource_id: &str, name: &str) -> Result<bool> {
    exec!(db, |c| sqlx::query("DELETE FROM cat_attachment_chunks WHERE resource_id = $1 AND name = $2")
        .bind(resource_id)
        .bind(name)
        .execute(c)
        .await)?;
    let n = exec!(db, |c| sqlx::query("DELETE FROM cat_attachments WHERE resource_id = $1 AND name = $2")
        .bind(resource_id)
        .bind(name)
        .execute(c)
        .await)?;
    Ok(n > 0)
}

/// Removes every file of a resource.
pub async fn remove_all(db: &mut impl Db, resource_id: &str) -> Result<()> {
    exec!(db, |c| sqlx::query("DELETE FROM cat_attachment_chunks WHERE resource_id = $1")
        .bind(resource_id)
        .execute(c)
        .await)?;
    exec!(db, |c| sqlx::query("DELETE FROM cat_attachments WHERE resource_id = $1")
        .bind(resource_id)
        .execute(c)
        .await)?;
    Ok(())
}

pub async fn info(db: &mut impl Db, resource_id: &str, name: &str) -> Result<Option<FileInfo>> {
    let row: Option<(i64, String)> =
        run!(db, |c| sqlx::query_as("SELECT size, sha256 FROM cat_attachments WHERE resource_id = $1 AND name = $2")
            .bind(resource_id)
            .bind(name)
            .fetch_optional(c)
            .await)?;
    Ok(row.map(|(size, sha256)| FileInfo { size: u64::try_from(size).unwrap_or(0), sha256 }))
}

/// One chunk (the `seq`-th, from 0); None past the end.
pub async fn chunk(db: &mut impl Db, resource_id: &str, name: &str, seq: u64) -> Result<Option<Vec<u8>>> {
    let seq = i64::try_from(seq).unwrap_or(i64::MAX);
    Ok(run!(db, |c| sqlx::query_scalar(
        "SELECT data FROM cat_attachment_chunks WHERE resource_id = $1 AND name = $2 AND seq = $3"
    )
    .bind(resource_id)
    .bind(name)
    .bind(seq)
    .fetch_optional(c)
    .await)?)
}

/// Bytes `start..=end` of a file, read chunk by chunk (for small files and tests; large
/// downloads stream chunks instead).
pub async fn read(db: &mut impl Db, resource_id: &str, name: &str, start: u64, end: u64) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(usize::try_from(end.saturating_sub(start) + 1).unwrap_or(0).min(1 << 24));
    for seq in start / CHUNK..=end / CHUNK {
        let Some(data) = chunk(db, resource_id, name, seq).await? else { break };
        out.extend_from_slice(slice_of(&data, seq, start, end));
    }
    Ok(out)
}

/// The part of chunk `seq` that lies within `start..=end`.
pub fn slice_of(data: &[u8], seq: u64, start: u64, end: u64) -> &[u8] {
    let (from, to) = span_of(data.len(), seq, start, end);
    &data[from..to]
}

/// Positions `from..to` within chunk `seq` (of `len` bytes) that lie within `start..=end`.
pub fn span_of(len: usize, seq: u64, start: u64, end: u64) -> (usize, usize) {
    let base = seq * CHUNK;
    let from = usize::try_from(start.saturating_sub(base)).unwrap_or(usize::MAX).min(len);
    let to = usize::try_from((end + 1).saturating_sub(base)).unwrap_or(usize::MAX).min(len);
    (from, to.max(from))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_cover_exactly_the_range() {
        let chunk: Vec<u8> = (0..CHUNK).map(|i| (i % 251) as u8).collect();
        assert_eq!(slice_of(&chunk, 0, 0, 0), &chunk[0..1]);
        assert_eq!(slice_of(&chunk, 0, 10, CHUNK * 3), &chunk[10..]);
        assert_eq!(slice_of(&chunk, 2, 0, 2 * CHUNK + 4), &chunk[0..5]);
        assert_eq!(slice_of(&chunk, 1, 0, CHUNK - 1), &[] as &[u8], "range ends before the chunk");
        assert_eq!(slice_of(&chunk[..7], 3, 3 * CHUNK + 5, 10 * CHUNK), &chunk[5..7], "short last chunk");
    }
}
