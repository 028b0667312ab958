//! PDF through typst, embedded as a library: one layout (`document.typ`), the document
//! as JSON data, the fonts typst ships compiled into the binary. No file system, no
//! network, no system fonts.

use std::collections::HashMap;
use std::sync::LazyLock;

use typst::diag::{FileError, FileResult, SourceDiagnostic, Warned};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::RenderError;
use crate::doc::{Document, HEAT};

const LAYOUT: &str = include_str!("document.typ");

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = typst_assets::fonts().flat_map(|d| Font::iter(Bytes::new(d))).collect();
    Fonts { book: LazyHash::new(FontBook::from_fonts(&fonts)), fonts }
});

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::builder().build()));

fn file_id(path: &str) -> Option<FileId> {
    Some(RootedPath::new(VirtualRoot::Project, VirtualPath::new(path).ok()?).intern())
}

struct DocWorld {
    main: Source,
    files: HashMap<FileId, Bytes>,
    today: Datetime,
}

impl World for DocWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }
    fn main(&self) -> FileId {
        self.main.id()
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() { Ok(self.main.clone()) } else { Err(FileError::NotSource) }
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.files.get(&id).cloned().ok_or_else(|| FileError::NotFound(id.vpath().get_with_slash().into()))
    }
    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

fn messages(diags: &[SourceDiagnostic]) -> String {
    diags.iter().map(|d| d.message.to_string()).collect::<Vec<_>>().join("; ")
}

/// Empties typst's memo cache: the next document is laid out from scratch (benchmarks of
/// a changed plan use it).
pub fn forget_layouts() {
    typst::comemo::evict(0);
}

/// `now` is the moment written into the document's metadata (PDF/A needs one).
pub fn render(d: &Document, now: jiff::Timestamp) -> Result<Vec<u8>, RenderError> {
    let err = |m: String| RenderError::Pdf(m);
    let (main_id, json_id) = match (file_id("/main.typ"), file_id("/doc.json")) {
        (Some(a), Some(b)) => (a, b),
        _ => return Err(err("virtual paths".into())),
    };
    let logo_path = d.logo.as_ref().map(|l| format!("/logo.{}", l.ext));
    let data = serde_json::json!({
        "doc": d,
        "heat": HEAT.iter().map(|(bg, fg)| [format!("#{bg}"), format!("#{fg}")]).collect::<Vec<_>>(),
        "logo": logo_path,
    });
    let mut files = HashMap::new();
    files.insert(json_id, Bytes::new(serde_json::to_vec(&data).map_err(|e| err(e.to_string()))?));
    if let (Some(l), Some(p)) = (&d.logo, &logo_path)
        && let Some(id) = file_id(p)
    {
        files.insert(id, Bytes::new(l.bytes.clone()));
    }
    let utc = now.to_zoned(jiff::tz::TimeZone::UTC);
    let today = Datetime::from_ymd_hms(
        i32::from(utc.year()),
        utc.month() as u8,
        utc.day() as u8,
        utc.hour() as u8,
        utc.minute() as u8,
        utc.second() as u8,
    )
    .ok_or_else(|| err("date".into()))?;
    let world = DocWorld { main: Source::new(main_id, LAYOUT.to_string()), files, today };
    let Warned { output, .. } = typst::compile::<PagedDocument>(&world);
    let doc = output.map_err(|e| err(messages(&e)))?;
    let options = |standards: PdfStandards| PdfOptions {
        ident: Smart::Auto,
        creator: Smart::Custom(Some("Weerbaar".into())),
        timestamp: Some(Timestamp::new_utc(today)),
        standards,
        ..PdfOptions::default()
    };
    // PDF/A-2b for archiving, tagged for screen readers. Text a font cannot show (emoji,
    // scripts the embedded fonts lack) is not allowed in PDF/A: then a plain tagged PDF.
    let archival = PdfStandards::new(&[PdfStandard::A_2b]).map_err(|e| err(e.message().to_string()))?;
    let pdf = typst_pdf::pdf(&doc, &options(archival))
        .or_else(|_| typst_pdf::pdf(&doc, &options(PdfStandards::default())))
        .map_err(|e| err(messages(&e)));
    // A server renders many documents: keep only what this document used, so that the
    // same document again is fast but a grab pack does not hold every document's layout.
    typst::comemo::evict(1);
    pdf
}
