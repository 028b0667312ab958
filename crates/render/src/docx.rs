//! Word (DOCX) with docx-rs: real heading styles (so Word builds its own table of
//! contents), real tables and lists, a running header and page numbers.

use std::io::Cursor;

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, FieldCharType, Footer, Header, IndentLevel, InstrPAGEREF,
    InstrText, InstrToC, Level, LevelJc, LevelText, LineSpacing, NumPages, NumberFormat, Numbering, NumberingId,
    PageMargin, PageNum, Paragraph, Pic, Run, RunFonts, Shading, ShdType, SpecialIndentType, Start, Style, StyleType,
    Tab, TabLeaderType, TabValueType, Table, TableCell, TableRow, WidthType,
};

use crate::RenderError;
use crate::doc::{Block, Document, HEAT, ItemPart, Outline, fitted_widths};

/// A4 with 2.5 cm margins, in twentieths of a point.
const PAGE_W: u32 = 11906;
const PAGE_H: u32 = 16838;
const MARGIN: i32 = 1418;
const TEXT_W: usize = (PAGE_W as usize) - 2 * (MARGIN as usize);
const BULLETS: usize = 1;
const NUMBERS: usize = 2;

/// About how wide a character of body text is, in twentieths of a point (for column
/// widths and page estimates).
const CHAR_W: usize = 105;
/// Headings to level 3 are in the table of contents.
const TOC_LEVELS: u8 = 3;

fn toc_key(n: usize) -> String {
    format!("_Toc{n:06}")
}

/// The table of contents as Word writes it after an update: a TOC field whose result is
/// already filled in (entries, dot leaders, right-aligned page numbers), marked dirty so
/// Word refreshes it on opening, and readable as it is in LibreOffice. The page numbers
/// are estimated from the text's length and the page breaks before chapters.
fn toc(d: &Document) -> Vec<Paragraph> {
    let pages = estimated_pages(d);
    let entries: Vec<(u8, &str, usize)> = d
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, text } if (*level).clamp(1, 4) <= TOC_LEVELS => {
                Some(((*level).max(1), text.as_str()))
            }
            _ => None,
        })
        .zip(pages)
        .map(|((l, t), p)| (l, t, p))
        .collect();
    let begin = || {
        Run::new()
            .add_field_char(FieldCharType::Begin, true)
            .add_instr_text(InstrText::TOC(InstrToC::new().heading_styles_range(1, 3).hyperlink()))
            .add_field_char(FieldCharType::Separate, false)
    };
    let end = || Run::new().add_field_char(FieldCharType::End, false);
    if entries.is_empty() {
        return vec![Paragraph::new().add_run(begin()).add_run(end())];
    }
    let mut out = Vec::new();
    for (i, (level, text, page)) in entries.iter().enumerate() {
        let mut p = Paragraph::new()
            .style(&format!("TOC{level}"))
            .add_tab(Tab::new().val(TabValueType::Right).leader(TabLeaderType::Dot).pos(TEXT_W));
        if i == 0 {
            p = p.add_run(begin());
        }
        let n = i + 1;
        p = p.add_run(run(&text.replace('\n', " "))).add_run(Run::new().add_tab()).add_run(
            Run::new()
                .add_field_char(FieldCharType::Begin, false)
                .add_instr_text(InstrText::PAGEREF(InstrPAGEREF::new(toc_key(n)).hyperlink()))
                .add_field_char(FieldCharType::Separate, false)
                .add_text(page.to_string())
                .add_field_char(FieldCharType::End, false),
        );
        out.push(p);
    }
    out.push(Paragraph::new().add_run(end()).add_run(Run::new().add_break(BreakType::Page)));
    out
}

/// The page each heading (to level 3) starts on, estimated: cover and contents first,
/// each chapter on a new page, lines counted from text length and table rows.
fn estimated_pages(d: &Document) -> Vec<usize> {
    const LINES: f64 = 46.0;
    let per_line = (TEXT_W / CHAR_W) as f64;
    let lines_of = |t: &str| t.split('\n').map(|l| (l.chars().count() as f64 / per_line).ceil().max(1.0)).sum::<f64>();
    let headings =
        d.blocks.iter().filter(|b| matches!(b, Block::Heading { level, .. } if *level <= TOC_LEVELS)).count();
    let toc_pages = (headings as f64 / 40.0).ceil().max(1.0) as usize;
    let mut page = 1 + toc_pages + 1;
    let mut used = 0.0;
    let mut out = Vec::new();
    let add = |used: &mut f64, page: &mut usize, n: f64| {
        if *used + n > LINES && *used > 0.0 {
            *page += 1;
            *used = 0.0;
        }
        *used += n;
    };
    for b in &d.blocks {
        match b {
            Block::Heading { level, .. } => {
                if *level <= 1 && used > 0.0 {
                    page += 1;
                    used = 0.0;
                }
                add(&mut used, &mut page, 2.5);
                if *level <= TOC_LEVELS {
                    out.push(page);
                }
            }
            Block::Paragraph { text } | Block::Note { text } => add(&mut used, &mut page, lines_of(text) + 0.5),
            Block::Labelled { label, text } => add(&mut used, &mut page, lines_of(&format!("{label}: {text}")) + 0.5),
            Block::List { items } | Block::Numbered { items } | Block::Checklist { items, .. } => {
                for i in items {
                    add(&mut used, &mut page, lines_of(i) + 0.3);
                }
            }
            Block::Outline(o) => {
                for line in o.shape() {
                    add(&mut used, &mut page, lines_of(&line) + 0.3);
                }
            }
            Block::Table { head, rows, .. } => {
                let cols = head.len().max(1) as f64;
                for r in std::iter::once(head.iter().map(String::as_str).collect::<Vec<_>>())
                    .chain(rows.iter().map(|r| r.iter().map(|c| c.text.as_str()).collect()))
                {
                    let tallest = r
                        .iter()
                        .map(|c| (c.chars().count() as f64 * cols / per_line).ceil().max(1.0))
                        .fold(1.0, f64::max);
                    add(&mut used, &mut page, tallest + 0.4);
                }
            }
            Block::Cards { cards } => add(&mut used, &mut page, cards.len().div_ceil(2) as f64 * 15.0),
            Block::FillIn { fields, lines } => {
                for _ in fields {
                    add(&mut used, &mut page, 1.0 + 1.5 * f64::from((*lines).max(1)));
                }
            }
            Block::Chart { .. } => add(&mut used, &mut page, 16.0),
            Block::PageBreak => {
                page += 1;
                used = 0.0;
            }
        }
    }
    out
}

/// Levels of nesting a list keeps; deeper items stay at the last level.
const LIST_DEPTH: usize = 4;

/// Where the text of a list item at `depth` starts, in twentieths of a point.
fn list_indent(depth: usize) -> i32 {
    720 + 432 * depth as i32
}

/// A nested list as numbered paragraphs: one numbering instance per ordered list (so
/// each restarts at 1), the level by depth; further paragraphs of an item are indented
/// to its text.
fn outline(mut x: Docx, l: &Outline, depth: usize, next_numbering: &mut usize) -> Docx {
    let depth = depth.min(LIST_DEPTH - 1);
    let id = if l.ordered {
        *next_numbering += 1;
        x = x.add_numbering(Numbering::new(*next_numbering, NUMBERS));
        *next_numbering
    } else {
        BULLETS
    };
    for i in &l.items {
        x = x.add_paragraph(para(&i.text).numbering(NumberingId::new(id), IndentLevel::new(depth)));
        for part in &i.more {
            match part {
                ItemPart::Paragraph { text } => {
                    x = x.add_paragraph(para(text).indent(Some(list_indent(depth)), None, None, None));
                }
                ItemPart::List(sub) => x = outline(x, sub, depth + 1, next_numbering),
            }
        }
    }
    x
}

fn run(text: &str) -> Run {
    // Line breaks inside a text become breaks inside the paragraph.
    let mut r = Run::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            r = r.add_break(BreakType::TextWrapping);
        }
        r = r.add_text(line);
    }
    r
}

fn para(text: &str) -> Paragraph {
    Paragraph::new().add_run(run(text))
}

fn heading_style(level: usize, size_pt: usize) -> Style {
    Style::new(format!("Heading{level}"), StyleType::Paragraph)
        .name(format!("heading {level}"))
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .outline_lvl(level - 1)
        .size(size_pt * 2)
        .bold()
        .color("0B4F8A")
}

/// Bank-card panels, two a row, each exactly 85.6 × 54 mm (in twentieths of a point).
fn card_table(cards: &[crate::doc::Card]) -> Table {
    let mm = |v: f64| (v * 1440.0 / 25.4).round() as usize;
    let (w, h) = (mm(crate::doc::CARD_MM.0), mm(crate::doc::CARD_MM.1));
    let panel = |c: Option<&crate::doc::Card>| {
        let mut cell = TableCell::new().width(w, WidthType::Dxa);
        if let Some(c) = c {
            cell = cell.add_paragraph(Paragraph::new().add_run(run(&c.title).bold().size(15)));
            for l in &c.lines {
                cell = cell.add_paragraph(Paragraph::new().add_run(run(l).size(14)));
            }
        } else {
            cell = cell.add_paragraph(Paragraph::new());
        }
        cell
    };
    let rows = cards
        .chunks(2)
        .map(|pair| {
            TableRow::new(vec![panel(pair.first()), panel(pair.get(1))])
                .row_height(h as f32)
                .height_rule(docx_rs::HeightRule::Exact)
                .cant_split()
        })
        .collect();
    Table::new(rows).set_grid(vec![w, w]).width(2 * w, WidthType::Dxa)
}

fn toc_style(level: usize) -> Style {
    Style::new(format!("TOC{level}"), StyleType::Paragraph)
        .name(format!("toc {level}"))
        .based_on("Normal")
        .next("Normal")
        .indent(Some(220 * (level as i32 - 1)), None, None, None)
}

pub(crate) fn png_size(b: &[u8]) -> Option<(u32, u32)> {
    if b.len() < 24 || &b[..8] != b"\x89PNG\r\n\x1a\n" {
        return None;
    }
    let w = u32::from_be_bytes(b[16..20].try_into().ok()?);
    let h = u32::from_be_bytes(b[20..24].try_into().ok()?);
    (w > 0 && h > 0 && w < 20_000 && h < 20_000).then_some((w, h))
}

fn table(head: &[String], rows: &[Vec<crate::doc::Cell>], widths: &[u16]) -> Table {
    let cols = head.len().max(rows.iter().map(Vec::len).max().unwrap_or(0)).max(1);
    let grid: Vec<usize> =
        fitted_widths(head, rows, widths, cols, TEXT_W / CHAR_W).iter().map(|f| (f * TEXT_W as f64) as usize).collect();
    let cell = |text: &str, w: usize| TableCell::new().width(w, WidthType::Dxa).add_paragraph(para(text));
    let mut trs = Vec::new();
    if !head.is_empty() {
        let cells = (0..cols)
            .map(|i| {
                TableCell::new()
                    .width(grid[i], WidthType::Dxa)
                    .shading(Shading::new().shd_type(ShdType::Clear).fill("E6ECF2"))
                    .add_paragraph(Paragraph::new().add_run(run(head.get(i).map_or("", String::as_str)).bold()))
            })
            .collect();
        trs.push(TableRow::new(cells).cant_split());
    }
    for r in rows {
        let cells = (0..cols)
            .map(|i| match r.get(i) {
                Some(c) => match c.level {
                    Some(l) => {
                        let (bg, fg) = HEAT[usize::from(l.min(4))];
                        TableCell::new()
                            .width(grid[i], WidthType::Dxa)
                            .shading(Shading::new().shd_type(ShdType::Clear).fill(bg))
                            .add_paragraph(Paragraph::new().add_run(run(&c.text).color(fg)))
                    }
                    None => cell(&c.text, grid[i]),
                },
                None => cell("", grid[i]),
            })
            .collect();
        trs.push(TableRow::new(cells).cant_split());
    }
    Table::new(trs).set_grid(grid).width(TEXT_W, WidthType::Dxa)
}

pub fn render(d: &Document, now: jiff::Timestamp) -> Result<Vec<u8>, RenderError> {
    let font = RunFonts::new().ascii("Calibri").hi_ansi("Calibri").cs("Calibri").east_asia("Calibri");
    let running = d.running_header();
    let header =
        Header::new().add_paragraph(Paragraph::new().add_run(Run::new().add_text(&running).size(16).color("444444")));
    let footer = Footer::new().add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Right)
            .add_run(Run::new().add_text(format!("{} ", d.page_label)).size(16))
            .add_page_num(PageNum::new())
            .add_run(Run::new().add_text(" / ").size(16))
            .add_num_pages(NumPages::new()),
    );
    let mut bullets = AbstractNumbering::new(BULLETS);
    let mut numbers = AbstractNumbering::new(NUMBERS);
    for depth in 0..LIST_DEPTH {
        let indent = |l: Level| l.indent(Some(list_indent(depth)), Some(SpecialIndentType::Hanging(360)), None, None);
        let bullet = ["•", "–", "▪", "•"][depth];
        let (format, text) =
            [("decimal", "%1."), ("lowerLetter", "%2."), ("lowerRoman", "%3."), ("decimal", "%4.")][depth];
        bullets = bullets.add_level(indent(Level::new(
            depth,
            Start::new(1),
            NumberFormat::new("bullet"),
            LevelText::new(bullet),
            LevelJc::new("left"),
        )));
        numbers = numbers.add_level(indent(Level::new(
            depth,
            Start::new(1),
            NumberFormat::new(format),
            LevelText::new(text),
            LevelJc::new("left"),
        )));
    }
    let mut x = Docx::new()
        .page_size(PAGE_W, PAGE_H)
        .page_margin(PageMargin::new().top(MARGIN).bottom(MARGIN).left(MARGIN).right(MARGIN).header(708).footer(708))
        .default_fonts(font)
        .default_size(if d.compact { 18 } else { 21 })
        .default_line_spacing(LineSpacing::new().after(120))
        .add_style(
            Style::new("Title", StyleType::Paragraph).name("Title").based_on("Normal").size(56).bold().color("0B4F8A"),
        )
        .add_style(Style::new("Subtitle", StyleType::Paragraph).name("Subtitle").based_on("Normal").size(32))
        .add_style(heading_style(1, 18))
        .add_style(heading_style(2, 14))
        .add_style(heading_style(3, 12))
        .add_style(heading_style(4, 11))
        .add_style(
            Style::new("TOCHeading", StyleType::Paragraph)
                .name("TOC Heading")
                .based_on("Normal")
                .size(32)
                .bold()
                .color("0B4F8A"),
        )
        .add_style(toc_style(1))
        .add_style(toc_style(2))
        .add_style(toc_style(3))
        .add_abstract_numbering(bullets)
        .add_abstract_numbering(numbers)
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        .header(header)
        .footer(footer);

    // Cover.
    if let Some(l) = d.logo.as_ref().filter(|l| l.ext == "png")
        && let Some((w, h)) = png_size(&l.bytes)
    {
        // At most 5 cm wide and 2.5 cm high, in EMU.
        let scale = (1_800_000.0 / f64::from(w)).min(900_000.0 / f64::from(h));
        let pic = Pic::new_with_dimensions(l.bytes.clone(), w, h)
            .size((f64::from(w) * scale) as u32, (f64::from(h) * scale) as u32);
        x = x.add_paragraph(Paragraph::new().add_run(Run::new().add_image(pic)));
    }
    x = x.add_paragraph(Paragraph::new().style("Title").add_run(run(&d.title)));
    if !d.subtitle.is_empty() {
        x = x.add_paragraph(Paragraph::new().style("Subtitle").add_run(run(&d.subtitle)));
    }
    let meta = d.meta_line();
    if !meta.is_empty() {
        x = x.add_paragraph(Paragraph::new().add_run(Run::new().add_text(meta).bold()));
    }
    for (k, v) in &d.cover {
        x = x.add_paragraph(Paragraph::new().add_run(run(&format!("{k}: ")).bold()).add_run(run(v)));
    }
    if let Some(t) = &d.toc_title {
        x = x.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
        x = x.add_paragraph(Paragraph::new().style("TOCHeading").add_run(run(t)));
        for p in toc(d) {
            x = x.add_paragraph(p);
        }
    }
    let mut next_numbering = 10;
    let mut heading_no = 0;
    for b in &d.blocks {
        match b {
            Block::Heading { level, text } => {
                let l = (*level).clamp(1, 4);
                let mut p = Paragraph::new().style(&format!("Heading{l}"));
                if l <= TOC_LEVELS {
                    // The bookmark the table of contents points at.
                    heading_no += 1;
                    p = p.add_bookmark_start(heading_no, toc_key(heading_no)).add_bookmark_end(heading_no);
                }
                // Each chapter of a document with a cover starts on a new page, as in the PDF.
                if l == 1 && d.toc_title.is_some() && heading_no > 1 {
                    p = p.page_break_before(true);
                }
                x = x.add_paragraph(p.add_run(run(text)));
            }
            Block::Paragraph { text } => x = x.add_paragraph(para(text)),
            Block::Labelled { label, text } => {
                x = x.add_paragraph(Paragraph::new().add_run(run(&format!("{label}: ")).bold()).add_run(run(text)));
            }
            Block::Note { text } => {
                x = x.add_paragraph(Paragraph::new().indent(Some(360), None, None, None).add_run(run(text).italic()));
            }
            Block::List { items } => {
                for i in items {
                    x = x.add_paragraph(para(i).numbering(NumberingId::new(BULLETS), IndentLevel::new(0)));
                }
            }
            Block::Numbered { items } => {
                // A numbering instance per list, so each starts at 1.
                next_numbering += 1;
                x = x.add_numbering(Numbering::new(next_numbering, NUMBERS));
                for i in items {
                    x = x.add_paragraph(para(i).numbering(NumberingId::new(next_numbering), IndentLevel::new(0)));
                }
            }
            Block::Outline(l) => x = outline(x, l, 0, &mut next_numbering),
            Block::Checklist { items, time_label } => {
                for i in items {
                    let mut p = Paragraph::new().add_run(Run::new().add_text("☐  ")).add_run(run(i));
                    if let Some(t) = time_label {
                        p = p.add_run(Run::new().add_text(format!("   {t}: ________")).color("444444"));
                    }
                    x = x.add_paragraph(p);
                }
            }
            Block::Table { head, rows, widths } => {
                x = x.add_table(table(head, rows, widths)).add_paragraph(Paragraph::new());
            }
            Block::Cards { cards } => x = x.add_table(card_table(cards)).add_paragraph(Paragraph::new()),
            Block::Chart { title, png, .. } => {
                if let Some((w, h)) = png_size(png) {
                    // 16 cm wide, in EMU.
                    let scale = 5_760_000.0 / f64::from(w);
                    let pic = Pic::new_with_dimensions(png.clone(), w, h)
                        .size((f64::from(w) * scale) as u32, (f64::from(h) * scale) as u32);
                    x = x.add_paragraph(Paragraph::new().add_run(Run::new().add_image(pic)));
                }
                x = x.add_paragraph(Paragraph::new().add_run(run(title).italic()));
            }
            Block::FillIn { fields, lines } => {
                for f in fields {
                    x = x.add_paragraph(Paragraph::new().add_run(run(f).bold()));
                    for _ in 0..(*lines).max(1) {
                        x = x.add_paragraph(Paragraph::new().add_run(Run::new().add_text("_".repeat(70))));
                    }
                }
            }
            Block::PageBreak => x = x.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page))),
        }
    }

    let mut xml = x.build();
    xml.doc_props.core = core_xml(&d.title, &d.organisation, &d.lang).into_bytes();
    let mut buf = Cursor::new(Vec::new());
    xml.pack(&mut buf).map_err(|e| RenderError::Docx(e.to_string()))?;
    compressed(&buf.into_inner(), now)
}

/// docx-rs stores its parts uncompressed (a 50-page plan is then about 1 MB): the same
/// parts again, deflated and dated.
fn compressed(stored: &[u8], now: jiff::Timestamp) -> Result<Vec<u8>, RenderError> {
    use std::io::{Read, Write};
    let mut src = zip::ZipArchive::new(Cursor::new(stored))?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(stored.len() / 4)));
    let o = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(crate::zip_time(now));
    let mut buf = Vec::new();
    for i in 0..src.len() {
        let mut f = src.by_index(i)?;
        if f.is_dir() {
            continue;
        }
        buf.clear();
        f.read_to_end(&mut buf)?;
        out.start_file(f.name().to_string(), o)?;
        out.write_all(&buf)?;
    }
    Ok(out.finish()?.into_inner())
}

/// docx-rs offers no setter for the title and author.
fn core_xml(title: &str, creator: &str, lang: &str) -> String {
    let e = crate::html::esc;
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>{}</dc:language><cp:lastModifiedBy>Weerbaar</cp:lastModifiedBy><cp:revision>1</cp:revision></cp:coreProperties>"#,
        e(title),
        e(creator),
        e(lang)
    )
}
