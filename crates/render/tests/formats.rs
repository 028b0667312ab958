//! Every renderer on a document with every kind of block and hostile text: the output
//! opens (PDF with poppler, DOCX and ODT parsed part by part and converted by headless
//! LibreOffice) and carries the text. The tools are required: a missing one fails.

use std::io::{Cursor, Read};
use std::path::Path;
use std::process::Command;

use proptest::prelude::*;
use weerbaar_render::{Block, Cell, Document, Format, render};

fn now() -> jiff::Timestamp {
    "2026-11-28T10:00:00Z".parse().expect("timestamp")
}

pub fn sample(text: &str) -> Document {
    Document {
        lang: "nl".into(),
        title: format!("Continuïteitsplan {text}"),
        subtitle: "Gemeente Voorbeeld".into(),
        organisation: "Gemeente Voorbeeld".into(),
        version: "Versie 1.2".into(),
        classification: "Vertrouwelijk".into(),
        date: "28/11/2026".into(),
        cover: vec![("Status".into(), "goedgekeurd".into()), ("Eigenaar".into(), text.into())],
        toc_title: Some("Inhoud".into()),
        page_label: "Pagina".into(),
        compact: false,
        logo: None,
        blocks: vec![
            Block::Heading { level: 1, text: "Toepassingsgebied".into() },
            Block::Paragraph { text: format!("Eerste regel\ntweede regel met {text}") },
            Block::Labelled { label: "Eigenaar".into(), text: text.into() },
            Block::Heading { level: 2, text: "Lijsten".into() },
            Block::List { items: vec!["een".into(), text.into(), String::new()] },
            Block::Numbered { items: vec!["eerst".into(), "dan".into()] },
            Block::Checklist { items: vec!["Netwerk loskoppelen".into(), text.into()], time_label: Some("Uur".into()) },
            Block::Heading { level: 3, text: "Tabel".into() },
            Block::Table {
                head: vec!["Activiteit".into(), "4 u".into(), "1 dag".into()],
                rows: vec![
                    vec![
                        Cell::new("Burgerzaken"),
                        Cell::heat("3 ernstig", Some(3)),
                        Cell::heat("4 zeer ernstig", Some(4)),
                    ],
                    vec![Cell::new(text), Cell::heat("", None)],
                ],
                widths: vec![3, 1, 1],
            },
            Block::Table { head: vec![], rows: vec![], widths: vec![] },
            Block::Note { text: text.into() },
            Block::FillIn { fields: vec!["Incident".into(), text.into()], lines: 2 },
            Block::PageBreak,
            Block::Heading { level: 1, text: "Bijlage".into() },
        ],
    }
}

const HOSTILE: &str = "\"quotes\" & <script>alert(1)</script> #set page(width: 1cm) ]) \\ ${x} <w:p/> ]]> \
     שלום مرحبا 😀 \u{0}\u{7}\u{1b} *bold* [link](http://example.invalid) | pipe";

fn run(cmd: &mut Command) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?} (is it installed? scripts/test-all installs it): {e}"));
    assert!(out.status.success(), "{cmd:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

/// Every part of a zip (DOCX, ODT) that is XML parses to the end.
fn parse_zip_xml(bytes: &[u8]) -> Vec<String> {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut names = Vec::new();
    for i in 0..z.len() {
        let mut f = z.by_index(i).expect("entry");
        let name = f.name().to_string();
        let mut s = String::new();
        if name.ends_with(".xml") || name.ends_with(".rels") {
            f.read_to_string(&mut s).expect("utf-8 part");
            let mut r = quick_xml::Reader::from_str(&s);
            loop {
                match r.read_event() {
                    Ok(quick_xml::events::Event::Eof) => break,
                    Ok(_) => {}
                    Err(e) => panic!("{name} is not well-formed XML: {e}"),
                }
            }
        }
        names.push(name);
    }
    names
}

fn part(bytes: &[u8], name: &str) -> String {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut s = String::new();
    z.by_name(name).unwrap_or_else(|_| panic!("{name} missing")).read_to_string(&mut s).expect("utf-8");
    s
}

pub fn check_pdf(bytes: &[u8], dir: &Path, expect: &[&str]) -> (String, usize) {
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    let f = dir.join("doc.pdf");
    std::fs::write(&f, bytes).expect("write");
    let text = run(Command::new("pdftotext").arg("-layout").arg(&f).arg("-"));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for e in expect {
        let e = e.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(&e), "PDF text lacks {e:?}");
    }
    let fonts = run(Command::new("pdffonts").arg(&f));
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts in the PDF");
    for r in rows {
        // Columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
        let cols: Vec<&str> = r.split_whitespace().collect();
        assert_eq!(cols.get(cols.len().saturating_sub(5)), Some(&"yes"), "font not embedded: {r}");
    }
    let info = run(Command::new("pdfinfo").arg(&f));
    let pages: usize =
        info.lines().find_map(|l| l.strip_prefix("Pages:")).and_then(|n| n.trim().parse().ok()).expect("page count");
    (info, pages)
}

pub fn check_docx(bytes: &[u8]) {
    let names = parse_zip_xml(bytes);
    for required in
        ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"]
    {
        assert!(names.iter().any(|n| n == required), "DOCX lacks {required}");
    }
    assert!(part(bytes, "_rels/.rels").contains("word/document.xml"));
    let rels = part(bytes, "word/_rels/document.xml.rels");
    for t in ["styles", "numbering", "header", "footer"] {
        assert!(rels.contains(&format!("relationships/{t}\"")), "document.xml.rels lacks the {t} relationship");
    }
    // Every relationship target exists.
    for target in rels.split("Target=\"").skip(1).filter_map(|s| s.split('"').next()) {
        if !target.starts_with("http") {
            let full = format!("word/{target}");
            assert!(names.contains(&full), "relationship target {full} missing");
        }
    }
    let styles = part(bytes, "word/styles.xml");
    for l in 1..=3 {
        assert!(styles.contains(&format!("w:styleId=\"Heading{l}\"")), "no Heading{l} style");
    }
    assert!(styles.contains("w:outlineLvl"), "headings without outline level");
}

pub fn check_odt(bytes: &[u8]) {
    let names = parse_zip_xml(bytes);
    assert_eq!(names.first().map(String::as_str), Some("mimetype"), "mimetype must come first");
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let m = z.by_index(0).expect("mimetype");
    assert_eq!(m.compression(), zip::CompressionMethod::Stored, "mimetype must be stored");
    drop(m);
    for required in ["META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"] {
        assert!(names.iter().any(|n| n == required), "ODT lacks {required}");
    }
    assert!(part(bytes, "content.xml").contains("<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">"));
}

/// Converts files with headless LibreOffice to plain text and returns each text.
pub fn libreoffice_text(dir: &Path, files: &[&Path]) -> Vec<String> {
    let profile = dir.join("lo-profile");
    let out = dir.join("lo-out");
    let mut cmd = Command::new("soffice");
    cmd.arg(format!("-env:UserInstallation=file://{}", profile.display()))
        .args(["--headless", "--norestore", "--convert-to", "txt:Text (encoded):UTF8", "--outdir"])
        .arg(&out)
        .args(files);
    run(&mut cmd);
    files
        .iter()
        .map(|f| {
            let stem = f.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
            // Two inputs with one stem would overwrite each other: callers use distinct stems.
            std::fs::read_to_string(out.join(format!("{stem}.txt")))
                .unwrap_or_else(|e| panic!("LibreOffice wrote no text for {}: {e}", f.display()))
        })
        .collect()
}

#[test]
fn every_format_opens_and_carries_the_text() {
    let d = sample(HOSTILE);
    let dir = tmp();
    let pdf = render(&d, Format::Pdf, now()).expect("pdf");
    let (_, pages) =
        check_pdf(&pdf, dir.path(), &["Toepassingsgebied", "Burgerzaken", "Netwerk loskoppelen", "Bijlage", "Pagina"]);
    assert!((2..=10).contains(&pages), "{pages} pages");

    let docx = render(&d, Format::Docx, now()).expect("docx");
    check_docx(&docx);
    let odt = render(&d, Format::Odt, now()).expect("odt");
    check_odt(&odt);
    let a = dir.path().join("sample-word.docx");
    let b = dir.path().join("sample-open.odt");
    std::fs::write(&a, &docx).expect("write");
    std::fs::write(&b, &odt).expect("write");
    for text in libreoffice_text(dir.path(), &[&a, &b]) {
        for h in ["Toepassingsgebied", "Lijsten", "Tabel", "Burgerzaken", "<script>alert(1)</script>", "Bijlage"] {
            assert!(text.contains(h), "converted text lacks {h:?}:\n{text}");
        }
    }

    let md = String::from_utf8(render(&d, Format::Md, now()).expect("md")).expect("utf-8");
    assert!(md.contains("\\<script\\>") && !md.contains("<script>"), "markup in Markdown is escaped");
    let html = String::from_utf8(render(&d, Format::Html, now()).expect("html")).expect("utf-8");
    assert!(html.contains("&lt;script&gt;") && !html.contains("<script>"), "markup in HTML is escaped");
    assert!(!html.contains('\u{0}'), "control characters removed");
    // Opened from disk, the file allows its own style block and nothing else.
    use base64::Engine;
    use sha2::{Digest, Sha256};
    let style = html.split("<style>").nth(1).unwrap().split("</style>").next().unwrap();
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(style.as_bytes()));
    let csp =
        format!("default-src 'none'; style-src 'sha256-{hash}'; img-src data:; base-uri 'none'; form-action 'none'");
    assert!(html.contains(&format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">")), "{html}");
    assert!(!html.contains("style=\""), "no style attributes, which the policy would block");
    assert!(html.contains("<col class=\"w"), "table widths by class");
    assert_eq!(html.matches("<style>").count(), 1);
}

#[test]
fn long_and_empty_texts() {
    let long = "Lange tekst zonder einde ".repeat(400);
    let mut d = sample(&long);
    d.blocks.push(Block::Paragraph { text: String::new() });
    d.blocks.push(Block::List { items: vec![] });
    d.blocks.push(Block::Checklist { items: vec![], time_label: None });
    for f in Format::ALL {
        let out = render(&d, f, now()).unwrap_or_else(|e| panic!("{f:?}: {e}"));
        assert!(!out.is_empty());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// Random text in every place a user types: every renderer still produces a file that opens.
    #[test]
    fn any_text_renders_safely(text in "\\PC{0,200}", ctrl in proptest::collection::vec(any::<char>(), 0..20)) {
        let mixed: String = text.chars().chain(ctrl).collect();
        let d = sample(&mixed);
        let pdf = render(&d, Format::Pdf, now()).expect("pdf");
        prop_assert!(pdf.starts_with(b"%PDF-"));
        parse_zip_xml(&render(&d, Format::Docx, now()).expect("docx"));
        parse_zip_xml(&render(&d, Format::Odt, now()).expect("odt"));
        let md = render(&d, Format::Md, now()).expect("md");
        prop_assert!(String::from_utf8(md).is_ok());
        let html = String::from_utf8(render(&d, Format::Html, now()).expect("html")).expect("utf-8");
        prop_assert!(!html.contains("<script"));
    }
}
