//! Charts drawn on the server: stacked bars as SVG (shown inline in HTML, placed as
//! vector graphics in PDF) and the same picture as PNG for Word and OpenDocument. Every
//! chart comes with its data as a table in the document, for readers who cannot see it.
//! One home for charts: the findings reports use it, the self-assessment will too.

use std::fmt::Write as _;
use std::sync::OnceLock;

use serde::Serialize;

/// One stacked part of every bar (a severity, a status).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    pub name: String,
    /// `#rrggbb`.
    pub colour: String,
    pub values: Vec<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chart {
    pub title: String,
    /// One bar per category (a report date).
    pub categories: Vec<String>,
    pub series: Vec<Series>,
}

const W: f64 = 640.0;
const H: f64 = 300.0;
const FONT: &str = "Libertinus Serif";

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A round step for the value axis.
fn step_for(max: f64) -> f64 {
    let raw = (max / 5.0).max(1.0);
    let mag = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10.0 * mag)
}

/// Stacked bars with a legend, as a self-contained SVG.
pub fn stacked_bars(c: &Chart) -> String {
    let n = c.categories.len().max(1);
    let totals: Vec<f64> =
        (0..n).map(|i| c.series.iter().map(|s| s.values.get(i).copied().unwrap_or(0.0).max(0.0)).sum()).collect();
    let max = totals.iter().copied().fold(0.0, f64::max);
    let step = step_for(max);
    let top = (max / step).ceil().max(1.0) * step;
    let (left, right, plot_top, bottom) = (48.0, 150.0, 34.0, 250.0);
    let plot_w = W - left - right;
    let plot_h = bottom - plot_top;
    let y = |v: f64| bottom - v / top * plot_h;
    let mut s = String::new();
    let _ = write!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" role="img" aria-label="{t}" font-family="{FONT}, serif" font-size="12"><title>{t}</title><rect width="{W}" height="{H}" fill="#ffffff"/><text x="{left}" y="20" font-size="14" font-weight="bold" fill="#1a1a1a">{t}</text>"##,
        t = esc(&c.title)
    );
    let mut v = 0.0;
    while v <= top + 1e-9 {
        let yy = y(v);
        let _ = write!(
            s,
            r##"<line x1="{left}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke="#d0d0d0" stroke-width="1"/><text x="{:.1}" y="{:.1}" text-anchor="end" fill="#333333">{}</text>"##,
            left + plot_w,
            left - 6.0,
            yy + 4.0,
            v as i64
        );
        v += step;
    }
    let slot = plot_w / n as f64;
    let bar = (slot * 0.6).min(60.0);
    for (i, cat) in c.categories.iter().enumerate() {
        let x = left + slot * i as f64 + (slot - bar) / 2.0;
        let mut base = 0.0;
        for se in &c.series {
            let val = se.values.get(i).copied().unwrap_or(0.0).max(0.0);
            if val > 0.0 {
                let (y1, y0) = (y(base + val), y(base));
                let _ = write!(
                    s,
                    r##"<rect x="{x:.1}" y="{y1:.1}" width="{bar:.1}" height="{:.1}" fill="{}"><title>{}: {}</title></rect>"##,
                    (y0 - y1).max(0.5),
                    esc(&se.colour),
                    esc(&se.name),
                    val as i64
                );
            }
            base += val;
        }
        let _ = write!(
            s,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#1a1a1a">{}</text><text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#1a1a1a" font-weight="bold">{}</text>"##,
            x + bar / 2.0,
            bottom + 18.0,
            esc(cat),
            x + bar / 2.0,
            y(totals[i]) - 5.0,
            totals[i] as i64
        );
    }
    let _ =
        write!(s, r##"<line x1="{left}" y1="{bottom}" x2="{:.1}" y2="{bottom}" stroke="#333333"/>"##, left + plot_w);
    for (k, se) in c.series.iter().enumerate() {
        let ly = plot_top + 18.0 * k as f64;
        let lx = W - right + 16.0;
        let _ = write!(
            s,
            r##"<rect x="{lx}" y="{ly}" width="12" height="12" fill="{}"/><text x="{:.1}" y="{:.1}" fill="#1a1a1a">{}</text>"##,
            esc(&se.colour),
            lx + 18.0,
            ly + 10.5,
            esc(&se.name)
        );
    }
    s.push_str("</svg>");
    s
}

fn options() -> &'static resvg::usvg::Options<'static> {
    static O: OnceLock<resvg::usvg::Options<'static>> = OnceLock::new();
    O.get_or_init(|| {
        let mut o = resvg::usvg::Options { font_family: FONT.to_string(), ..Default::default() };
        for f in typst_assets::fonts() {
            o.fontdb_mut().load_font_data(f.to_vec());
        }
        o
    })
}

/// The SVG as a PNG at twice its size (sharp when printed); None if it cannot be drawn.
pub fn png(svg: &str) -> Option<Vec<u8>> {
    let tree = resvg::usvg::Tree::from_str(svg, options()).ok()?;
    let size = tree.size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new((size.width() * 2.0) as u32, (size.height() * 2.0) as u32)?;
    resvg::render(&tree, resvg::tiny_skia::Transform::from_scale(2.0, 2.0), &mut pixmap.as_mut());
    pixmap.encode_png().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_and_picture() {
        let c = Chart {
            title: "Open bevindingen <per> rapport".into(),
            categories: vec!["1 okt".into(), "7 dec".into()],
            series: vec![
                Series { name: "Kritiek".into(), colour: "#8b0000".into(), values: vec![3.0, 1.0] },
                Series { name: "Hoog".into(), colour: "#d9480f".into(), values: vec![5.0, 2.0] },
            ],
        };
        let svg = stacked_bars(&c);
        assert!(svg.contains("&lt;per&gt;"), "text is escaped");
        assert!(svg.contains(">8<") && svg.contains(">3<"), "totals on the bars");
        let p = png(&svg).expect("drawn");
        assert!(p.starts_with(&[0x89, b'P', b'N', b'G']));
        assert_eq!(step_for(0.0), 1.0);
        // In every format.
        let d = crate::doc::Document {
            lang: "nl".into(),
            title: "Opvolging".into(),
            subtitle: String::new(),
            organisation: "Gemeente Voorbeeld".into(),
            version: String::new(),
            classification: String::new(),
            date: String::new(),
            cover: vec![],
            toc_title: None,
            page_label: "Pagina".into(),
            compact: false,
            logo: None,
            blocks: vec![crate::doc::Block::Chart { title: c.title.clone(), svg: svg.clone(), png: p.clone() }],
        };
        let now = jiff::Timestamp::UNIX_EPOCH;
        let pdf = crate::render(&d, crate::Format::Pdf, now).unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        let docx = crate::render(&d, crate::Format::Docx, now).unwrap();
        let odt = crate::render(&d, crate::Format::Odt, now).unwrap();
        let names = |b: &[u8]| {
            let z = zip::ZipArchive::new(std::io::Cursor::new(b.to_vec())).unwrap();
            z.file_names().map(str::to_string).collect::<Vec<_>>()
        };
        assert!(names(&docx).iter().any(|n| n.starts_with("word/media/")), "{:?}", names(&docx));
        assert!(names(&odt).contains(&"Pictures/chart1.png".to_string()));
        let html = String::from_utf8(crate::render(&d, crate::Format::Html, now).unwrap()).unwrap();
        assert!(html.contains("<svg") && html.contains("<figcaption>"));
        assert_eq!(step_for(23.0), 5.0);
    }
}
