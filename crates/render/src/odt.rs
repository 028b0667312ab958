//! OpenDocument Text, written directly (no mature crate exists): a zip with the
//! uncompressed `mimetype` first, a manifest, styles with real "Heading N" styles, A4
//! page layout with running header and page numbers, and the content.

use std::fmt::Write as _;
use std::io::{Cursor, Write};

use quick_xml::escape::escape;
use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

use crate::RenderError;
use crate::doc::{Block, Document, HEAT, ItemPart, Outline, fitted_widths};

const NS: &str = r##"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0""##;

/// Text inside a paragraph: escaped, line breaks and tabs as their elements.
fn inline(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            o.push_str("<text:line-break/>");
        }
        for (j, part) in line.split('\t').enumerate() {
            if j > 0 {
                o.push_str("<text:tab/>");
            }
            o.push_str(&escape(part));
        }
    }
    o
}

fn p(style: &str, s: &str) -> String {
    format!("<text:p text:style-name=\"{style}\">{}</text:p>", inline(s))
}

/// A nested list: ODF nests `text:list` inside the item, and the list style has a level
/// for each depth.
fn outline(body: &mut String, l: &Outline) {
    let style = if l.ordered { "LN" } else { "LB" };
    let _ = write!(body, "<text:list text:style-name=\"{style}\">");
    for i in &l.items {
        let _ = write!(body, "<text:list-item>{}", p("Text_20_body", &i.text));
        for part in &i.more {
            match part {
                ItemPart::Paragraph { text } => body.push_str(&p("Text_20_body", text)),
                ItemPart::List(sub) => outline(body, sub),
            }
        }
        body.push_str("</text:list-item>");
    }
    body.push_str("</text:list>");
}

/// List styles with four levels, each indented a step further.
fn list_styles() -> String {
    let level = |n: usize| {
        let margin = 1.2 + 0.6 * (n as f64 - 1.0);
        format!(
            r##"<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.6cm" fo:margin-left="{margin:.1}cm"/></style:list-level-properties>"##
        )
    };
    let mut s = String::from(r##"<text:list-style style:name="LB">"##);
    for (n, bullet) in [(1, "•"), (2, "–"), (3, "▪"), (4, "•")] {
        let _ = write!(
            s,
            r##"<text:list-level-style-bullet text:level="{n}" text:bullet-char="{bullet}">{}</text:list-level-style-bullet>"##,
            level(n)
        );
    }
    s.push_str(r##"</text:list-style><text:list-style style:name="LN">"##);
    for (n, format) in [(1, "1"), (2, "a"), (3, "i"), (4, "1")] {
        let _ = write!(
            s,
            r##"<text:list-level-style-number text:level="{n}" style:num-suffix="." style:num-format="{format}">{}</text:list-level-style-number>"##,
            level(n)
        );
    }
    s.push_str("</text:list-style>");
    s
}

fn styles(d: &Document) -> String {
    let size = if d.compact { "9pt" } else { "10.5pt" };
    let heading = |n: u8, size: &str| {
        format!(
            r##"<style:style style:name="Heading_20_{n}" style:display-name="Heading {n}" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="{n}" style:class="text"><style:text-properties fo:font-size="{size}" fo:font-weight="bold" fo:color="#0b4f8a"/></style:style>"##
        )
    };
    let running = d.running_header();
    format!(
        r##"<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS} office:version="1.3"><office:font-face-decls/><office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans', Arial, sans-serif" fo:font-size="{size}" fo:language="{lang}"/></style:default-style><style:style style:name="Standard" style:family="paragraph" style:class="text"/><style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/><style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/></style:style>{h1}{h2}{h3}{h4}<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:text-properties fo:font-size="28pt" fo:font-weight="bold" fo:color="#0b4f8a"/></style:style><style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:text-properties fo:font-size="16pt"/></style:style><style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="8pt" fo:color="#444444"/></style:style><style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt"/></style:style><style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-bottom="0cm"/></style:style></office:styles><office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"><style:header><text:p text:style-name="Header">{running}</text:p></style:header><style:footer><text:p text:style-name="Footer">{page} <text:page-number text:select-page="current">1</text:page-number> / <text:page-count>1</text:page-count></text:p></style:footer></style:master-page></office:master-styles></office:document-styles>"##,
        lang = escape(&d.lang),
        h1 = heading(1, "18pt"),
        h2 = heading(2, "14pt"),
        h3 = heading(3, "12pt"),
        h4 = heading(4, "11pt"),
        running = inline(&running),
        page = inline(&d.page_label),
    )
}

fn content(d: &Document) -> String {
    let mut auto = String::new();
    let mut charts = 0;
    let cell_style = |name: &str, bg: &str| {
        format!(
            r##"<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties fo:background-color="#{bg}" fo:border="0.5pt solid #888888" fo:padding="0.08cm"/></style:style>"##
        )
    };
    auto.push_str(&cell_style("Cell", "FFFFFF"));
    auto.push_str(&cell_style("Head", "E6ECF2"));
    for (i, (bg, fg)) in HEAT.iter().enumerate() {
        auto.push_str(&cell_style(&format!("Heat{i}"), bg));
        let _ = write!(
            auto,
            r##"<style:style style:name="HeatText{i}" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:color="#{fg}"/></style:style>"##
        );
    }
    auto.push_str(r##"<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style><style:style style:name="Note" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-left="0.6cm" fo:padding-left="0.2cm" fo:border-left="2pt solid #0b4f8a"/><style:text-properties fo:font-style="italic"/></style:style><style:style style:name="HeadText" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style><style:style style:name="Break" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style><style:style style:name="Line" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:border-bottom="0.5pt solid #000000" fo:margin-bottom="0.5cm"/></style:style>"##);
    auto.push_str(&list_styles());

    let mut body = String::new();
    body.push_str(&p("Title", &d.title));
    if !d.subtitle.is_empty() {
        body.push_str(&p("Subtitle", &d.subtitle));
    }
    let meta = d.meta_line();
    if !meta.is_empty() {
        let _ = write!(
            body,
            "<text:p text:style-name=\"Text_20_body\"><text:span text:style-name=\"Bold\">{}</text:span></text:p>",
            inline(&meta)
        );
    }
    for (k, v) in &d.cover {
        let _ = write!(
            body,
            "<text:p text:style-name=\"Text_20_body\"><text:span text:style-name=\"Bold\">{}: </text:span>{}</text:p>",
            inline(k),
            inline(v)
        );
    }
    if d.toc_title.is_some() {
        body.push_str("<text:p text:style-name=\"Break\"/>");
    }
    let mut tables = 0;
    for b in &d.blocks {
        match b {
            Block::Heading { level, text } => {
                let l = (*level).clamp(1, 4);
                let _ = write!(
                    body,
                    "<text:h text:style-name=\"Heading_20_{l}\" text:outline-level=\"{l}\">{}</text:h>",
                    inline(text)
                );
            }
            Block::Paragraph { text } => body.push_str(&p("Text_20_body", text)),
            Block::Labelled { label, text } => {
                let _ = write!(
                    body,
                    "<text:p text:style-name=\"Text_20_body\"><text:span text:style-name=\"Bold\">{}: </text:span>{}</text:p>",
                    inline(label),
                    inline(text)
                );
            }
            Block::Note { text } => body.push_str(&p("Note", text)),
            Block::List { items } | Block::Numbered { items } => {
                let style = if matches!(b, Block::List { .. }) { "LB" } else { "LN" };
                let _ = write!(body, "<text:list text:style-name=\"{style}\">");
                for i in items {
                    let _ = write!(body, "<text:list-item>{}</text:list-item>", p("Text_20_body", i));
                }
                body.push_str("</text:list>");
            }
            Block::Outline(l) => outline(&mut body, l),
            Block::Checklist { items, time_label } => {
                for i in items {
                    let time = time_label.as_ref().map(|t| format!("   {}: ________", inline(t))).unwrap_or_default();
                    let _ = write!(body, "<text:p text:style-name=\"Text_20_body\">☐  {}{time}</text:p>", inline(i));
                }
            }
            Block::Table { head, rows, widths } => {
                tables += 1;
                let cols = head.len().max(rows.iter().map(Vec::len).max().unwrap_or(0)).max(1);
                let name = format!("T{tables}");
                let _ = write!(
                    auto,
                    r##"<style:style style:name="{name}" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/></style:style>"##
                );
                for (ci, f) in fitted_widths(head, rows, widths, cols, 85).iter().enumerate() {
                    let _ = write!(
                        auto,
                        r##"<style:style style:name="{name}.C{ci}" style:family="table-column"><style:table-column-properties style:column-width="{:.2}cm" style:rel-column-width="{}*"/></style:style>"##,
                        16.0 * f,
                        (f * 10000.0).round() as u32
                    );
                }
                let _ = write!(body, "<table:table table:name=\"{name}\" table:style-name=\"{name}\">");
                for ci in 0..cols {
                    let _ = write!(body, "<table:table-column table:style-name=\"{name}.C{ci}\"/>");
                }
                if !head.is_empty() {
                    body.push_str("<table:table-header-rows><table:table-row>");
                    for i in 0..cols {
                        let _ = write!(
                            body,
                            "<table:table-cell table:style-name=\"Head\" office:value-type=\"string\">{}</table:table-cell>",
                            p("HeadText", head.get(i).map_or("", String::as_str))
                        );
                    }
                    body.push_str("</table:table-row></table:table-header-rows>");
                }
                for r in rows {
                    body.push_str("<table:table-row>");
                    for i in 0..cols {
                        let (style, ps, text) = match r.get(i) {
                            Some(c) => match c.level {
                                Some(l) => {
                                    (format!("Heat{}", l.min(4)), format!("HeatText{}", l.min(4)), c.text.as_str())
                                }
                                None => ("Cell".to_string(), "Table_20_Contents".to_string(), c.text.as_str()),
                            },
                            None => ("Cell".to_string(), "Table_20_Contents".to_string(), ""),
                        };
                        let _ = write!(
                            body,
                            "<table:table-cell table:style-name=\"{style}\" office:value-type=\"string\">{}</table:table-cell>",
                            p(&ps, text)
                        );
                    }
                    body.push_str("</table:table-row>");
                }
                body.push_str("</table:table>");
            }
            Block::Chart { title, png, .. } => {
                charts += 1;
                if let Some((w, h)) = crate::docx::png_size(png) {
                    let height = 16.0 * f64::from(h) / f64::from(w);
                    let _ = write!(
                        body,
                        r#"<text:p text:style-name="Text_20_body"><draw:frame draw:name="chart{charts}" text:anchor-type="as-char" svg:width="16cm" svg:height="{height:.2}cm"><draw:image xlink:href="Pictures/chart{charts}.png" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/><svg:title>{}</svg:title></draw:frame></text:p>"#,
                        escape(title)
                    );
                }
                body.push_str(&p("Text_20_body", title));
            }
            Block::Cards { cards } => {
                // Two panels a row, each the size of a bank card.
                let _ = write!(
                    auto,
                    r##"<style:style style:name="Cards" style:family="table"><style:table-properties style:width="17.12cm" table:align="left"/></style:style><style:style style:name="Cards.C" style:family="table-column"><style:table-column-properties style:column-width="8.56cm"/></style:style><style:style style:name="Cards.R" style:family="table-row"><style:table-row-properties style:row-height="5.4cm"/></style:style><style:style style:name="Cards.A" style:family="table-cell"><style:table-cell-properties fo:padding="0.3cm" fo:border="0.5pt dashed #555555"/></style:style><style:style style:name="CardText" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="7pt"/></style:style>"##
                );
                body.push_str("<table:table table:style-name=\"Cards\"><table:table-column table:style-name=\"Cards.C\" table:number-columns-repeated=\"2\"/>");
                for pair in cards.chunks(2) {
                    body.push_str("<table:table-row table:style-name=\"Cards.R\">");
                    for c in pair {
                        let _ = write!(
                            body,
                            "<table:table-cell table:style-name=\"Cards.A\" office:value-type=\"string\"><text:p text:style-name=\"CardText\"><text:span text:style-name=\"Bold\">{}</text:span></text:p>",
                            inline(&c.title)
                        );
                        for l in &c.lines {
                            body.push_str(&p("CardText", l));
                        }
                        body.push_str("</table:table-cell>");
                    }
                    if pair.len() == 1 {
                        body.push_str("<table:table-cell table:style-name=\"Cards.A\"/>");
                    }
                    body.push_str("</table:table-row>");
                }
                body.push_str("</table:table>");
            }
            Block::FillIn { fields, lines } => {
                for f in fields {
                    let _ = write!(
                        body,
                        "<text:p text:style-name=\"Text_20_body\"><text:span text:style-name=\"Bold\">{}</text:span></text:p>",
                        inline(f)
                    );
                    for _ in 0..(*lines).max(1) {
                        body.push_str("<text:p text:style-name=\"Line\"/>");
                    }
                }
            }
            Block::PageBreak => body.push_str("<text:p text:style-name=\"Break\"/>"),
        }
    }
    format!(
        r##"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS} office:version="1.3"><office:automatic-styles>{auto}</office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document-content>"##
    )
}

fn meta(d: &Document) -> String {
    format!(
        r##"<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {NS} office:version="1.3"><office:meta><meta:generator>Weerbaar</meta:generator><dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>{}</dc:language></office:meta></office:document-meta>"##,
        escape(&d.title),
        escape(&d.organisation),
        escape(&d.lang)
    )
}

const MANIFEST: &str = r##"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>"##;

pub fn render(d: &Document, now: jiff::Timestamp) -> Result<Vec<u8>, RenderError> {
    let at = crate::zip_time(now);
    let mut z = ZipWriter::new(Cursor::new(Vec::new()));
    // The mimetype must come first and uncompressed, so tools can recognise the file.
    z.start_file(
        "mimetype",
        SimpleFileOptions::default().compression_method(CompressionMethod::Stored).last_modified_time(at),
    )?;
    z.write_all(b"application/vnd.oasis.opendocument.text")?;
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated).last_modified_time(at);
    // Charts as pictures, numbered in the order content() numbers them.
    let pictures: Vec<&Vec<u8>> = d
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Chart { png, .. } => Some(png),
            _ => None,
        })
        .collect();
    let mut manifest = MANIFEST.replace("</manifest:manifest>", "");
    for (i, png) in pictures.iter().enumerate() {
        if crate::docx::png_size(png).is_some() {
            let _ = write!(
                manifest,
                r#"<manifest:file-entry manifest:full-path="Pictures/chart{}.png" manifest:media-type="image/png"/>"#,
                i + 1
            );
        }
    }
    manifest.push_str("</manifest:manifest>");
    for (name, body) in [
        ("META-INF/manifest.xml", manifest),
        ("styles.xml", styles(d)),
        ("content.xml", content(d)),
        ("meta.xml", meta(d)),
    ] {
        z.start_file(name, deflated)?;
        z.write_all(body.as_bytes())?;
    }
    for (i, png) in pictures.iter().enumerate() {
        if crate::docx::png_size(png).is_some() {
            z.start_file(format!("Pictures/chart{}.png", i + 1), SimpleFileOptions::default().last_modified_time(at))?;
            z.write_all(png)?;
        }
    }
    Ok(z.finish()?.into_inner())
}
