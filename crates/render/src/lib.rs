//! Documents from core values: a [`Document`] (built by [`bcp`] from a plan, or by the
//! caller) rendered as PDF, DOCX, ODT, Markdown or self-contained HTML, and the offline
//! grab pack ([`pack`]). No web types: the labels come in through [`bcp::Labels`].

pub mod bcp;
pub mod chart;
pub mod doc;
pub mod docx;
pub mod html;
pub mod logo;
pub mod markdown;
pub mod markdown_in;
pub mod odt;
pub mod pack;
pub mod pdf;

pub use doc::{Block, Cell, Document, Logo};

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("PDF: {0}")]
    Pdf(String),
    #[error("DOCX: {0}")]
    Docx(String),
    #[error("zip: {0}")]
    Zip(#[from] zip::result::ZipError),
    #[error("write: {0}")]
    Io(#[from] std::io::Error),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Pdf,
    Docx,
    Odt,
    Md,
    Html,
}

impl Format {
    pub const ALL: [Format; 5] = [Format::Pdf, Format::Docx, Format::Odt, Format::Md, Format::Html];

    pub fn parse(s: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.ext() == s)
    }

    pub fn ext(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Md => "md",
            Format::Html => "html",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Pdf => "application/pdf",
            Format::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Format::Odt => "application/vnd.oasis.opendocument.text",
            Format::Md => "text/markdown; charset=utf-8",
            Format::Html => "text/html; charset=utf-8",
        }
    }
}

/// Renders a document. Every text is cleaned of characters no format can carry first.
pub fn render(d: &Document, f: Format, now: jiff::Timestamp) -> Result<Vec<u8>, RenderError> {
    let d = d.cleaned();
    match f {
        Format::Pdf => pdf::render(&d, now),
        Format::Docx => docx::render(&d, now),
        Format::Odt => odt::render(&d, now),
        Format::Md => Ok(markdown::render(&d).into_bytes()),
        Format::Html => Ok(html::render(&d).into_bytes()),
    }
}

/// A zip entry's time (local time of Belgium; zip has no time zone).
pub(crate) fn zip_time(now: jiff::Timestamp) -> zip::DateTime {
    let tz = jiff::tz::TimeZone::get("Europe/Brussels").unwrap_or(jiff::tz::TimeZone::UTC);
    let t = now.to_zoned(tz);
    zip::DateTime::from_date_and_time(
        u16::try_from(t.year()).unwrap_or(1980),
        t.month() as u8,
        t.day() as u8,
        t.hour() as u8,
        t.minute() as u8,
        t.second() as u8,
    )
    .unwrap_or_default()
}

/// A file name from a title: letters, digits and dashes only.
pub fn file_stem(s: &str) -> String {
    weerbaar_core::slug::slug_or(s, "document")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_file_names() {
        for f in Format::ALL {
            assert_eq!(Format::parse(f.ext()), Some(f));
        }
        assert_eq!(Format::parse("exe"), None);
        assert_eq!(file_stem("Gemeente Voorbeeld — Continuïteitsplan 1.0"), "gemeente-voorbeeld-continuiteitsplan-1-0");
        assert_eq!(file_stem("../../etc/passwd"), "etc-passwd");
        assert_eq!(file_stem("😀"), "document");
    }
}
