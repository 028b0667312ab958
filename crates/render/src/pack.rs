//! The offline grab pack: every document as PDF and DOCX, all of them in one
//! self-contained HTML file, a manifest and SHA-256 checksums (`sha256sum -c SHA256SUMS`),
//! so a printed copy or a USB stick can be checked against the current version.

use std::io::{Cursor, Write};

use serde::Serialize;
use sha2::{Digest, Sha256};
use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

use crate::doc::Document;
use crate::{Format, RenderError, file_stem, html, render};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub file: String,
    pub title: String,
    pub bytes: usize,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Manifest {
    pub organisation: String,
    pub plan_version: String,
    /// The plan's revision counter: changes with every saved edit.
    pub plan_revision: i64,
    pub generated_at: String,
    pub language: String,
    pub files: Vec<Entry>,
}

/// What goes on the pack besides the documents.
pub struct PackInfo<'a> {
    pub title: &'a str,
    pub intro: &'a str,
    pub contents_label: &'a str,
    pub plan_version: &'a str,
    pub plan_revision: i64,
}

/// The pack as zip bytes, with its manifest.
pub fn grab_pack(docs: &[Document], info: &PackInfo, now: jiff::Timestamp) -> Result<(Vec<u8>, Manifest), RenderError> {
    let mut files: Vec<(String, String, Vec<u8>)> = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        let stem = format!("{:02}-{}", i + 1, file_stem(&d.title));
        for f in [Format::Pdf, Format::Docx] {
            files.push((format!("{stem}.{}", f.ext()), d.title.clone(), render(d, f, now)?));
        }
    }
    let cleaned: Vec<Document> = docs.iter().map(Document::cleaned).collect();
    let page = html::render_all(info.title, info.intro, info.contents_label, &cleaned);
    files.insert(0, (format!("00-{}.html", file_stem(info.title)), info.title.to_string(), page.into_bytes()));

    let first = docs.first();
    let manifest = Manifest {
        organisation: first.map(|d| d.organisation.clone()).unwrap_or_default(),
        plan_version: info.plan_version.to_string(),
        plan_revision: info.plan_revision,
        generated_at: now.to_string(),
        language: first.map(|d| d.lang.clone()).unwrap_or_default(),
        files: files
            .iter()
            .map(|(name, title, bytes)| Entry {
                file: name.clone(),
                title: title.clone(),
                bytes: bytes.len(),
                sha256: hex::encode(Sha256::digest(bytes)),
            })
            .collect(),
    };
    let sums: String = manifest.files.iter().map(|e| format!("{}  {}\n", e.sha256, e.file)).collect();
    let json = serde_json::to_vec_pretty(&manifest).map_err(|e| RenderError::Io(std::io::Error::other(e)))?;

    let mut z = ZipWriter::new(Cursor::new(Vec::new()));
    // PDF, DOCX and ODT are compressed already.
    let at = crate::zip_time(now);
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored).last_modified_time(at);
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated).last_modified_time(at);
    for (name, _, bytes) in &files {
        let o = if name.ends_with(".html") { deflated } else { stored };
        z.start_file(name.as_str(), o)?;
        z.write_all(bytes)?;
    }
    z.start_file("manifest.json", deflated)?;
    z.write_all(&json)?;
    z.start_file("SHA256SUMS", deflated)?;
    z.write_all(sums.as_bytes())?;
    Ok((z.finish()?.into_inner(), manifest))
}
