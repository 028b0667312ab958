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
    legend(&mut s, &c.series, plot_top);
    s.push_str("</svg>");
    s
}

fn open_svg(s: &mut String, title: &str) {
    let _ = write!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" role="img" aria-label="{t}" font-family="{FONT}, serif" font-size="12"><title>{t}</title><rect width="{W}" height="{H}" fill="#ffffff"/><text x="12" y="20" font-size="14" font-weight="bold" fill="#1a1a1a">{t}</text>"##,
        t = esc(title)
    );
}

fn legend(s: &mut String, series: &[Series], top: f64) {
    for (k, se) in series.iter().enumerate() {
        let ly = top + 18.0 * k as f64;
        let lx = W - 150.0 + 16.0;
        let _ = write!(
            s,
            r##"<rect x="{lx}" y="{ly}" width="12" height="12" fill="{}"/><text x="{:.1}" y="{:.1}" fill="#1a1a1a">{}</text>"##,
            esc(&se.colour),
            lx + 18.0,
            ly + 10.5,
            esc(&se.name)
        );
    }
}

/// A radar (spider) chart: one axis per category (a function of a framework), values
/// from `min` at the centre to `max` at the rim, one polygon per series. NaN values
/// (nothing answered) sit at the centre.
pub fn radar(c: &Chart, min: f64, max: f64) -> String {
    let mut s = String::new();
    open_svg(&mut s, &c.title);
    let n = c.categories.len().max(3);
    let (cx, cy, r) = (240.0, 160.0, 110.0);
    let span = (max - min).max(1e-9);
    let at = |i: usize, v: f64| {
        let a = std::f64::consts::TAU * i as f64 / n as f64 - std::f64::consts::FRAC_PI_2;
        let k = if v.is_finite() { ((v - min) / span).clamp(0.0, 1.0) } else { 0.0 };
        (cx + r * k * a.cos(), cy + r * k * a.sin())
    };
    let rings = (max - min).round().clamp(1.0, 10.0) as usize;
    for ring in 1..=rings {
        let v = min + span * ring as f64 / rings as f64;
        let pts: Vec<String> = (0..n).map(|i| at(i, v)).map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
        let _ = write!(s, r##"<polygon points="{}" fill="none" stroke="#d0d0d0" stroke-width="1"/>"##, pts.join(" "));
        let (x, y) = at(0, v);
        let _ = write!(
            s,
            r##"<text x="{:.1}" y="{:.1}" fill="#333333" font-size="10">{}</text>"##,
            x + 4.0,
            y + 4.0,
            fmt_num(v)
        );
    }
    for (i, cat) in c.categories.iter().enumerate() {
        let (x, y) = at(i, max);
        let _ = write!(s, r##"<line x1="{cx}" y1="{cy}" x2="{x:.1}" y2="{y:.1}" stroke="#b0b0b0" stroke-width="1"/>"##);
        let anchor = if (x - cx).abs() < 1.0 {
            "middle"
        } else if x > cx {
            "start"
        } else {
            "end"
        };
        let (lx, ly) = (cx + (x - cx) * 1.12, cy + (y - cy) * 1.12 + 4.0);
        let _ =
            write!(s, r##"<text x="{lx:.1}" y="{ly:.1}" text-anchor="{anchor}" fill="#1a1a1a">{}</text>"##, esc(cat));
    }
    for se in &c.series {
        let pts: Vec<String> = (0..c.categories.len())
            .map(|i| at(i, se.values.get(i).copied().unwrap_or(f64::NAN)))
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect();
        let _ = write!(
            s,
            r##"<polygon points="{}" fill="{c}" fill-opacity="0.15" stroke="{c}" stroke-width="2"><title>{}</title></polygon>"##,
            pts.join(" "),
            esc(&se.name),
            c = esc(&se.colour)
        );
    }
    legend(&mut s, &c.series, 34.0);
    s.push_str("</svg>");
    s
}

fn fmt_num(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 { format!("{}", v as i64) } else { format!("{v:.1}") }
}

/// Lines over time: one point per category (an assessment's date), one line per series,
/// values from `min` to `max`. NaN values leave a gap.
pub fn lines(c: &Chart, min: f64, max: f64) -> String {
    let mut s = String::new();
    open_svg(&mut s, &c.title);
    let (left, right, top, bottom) = (48.0, 150.0, 34.0, 250.0);
    let (pw, ph) = (W - left - right, bottom - top);
    let span = (max - min).max(1e-9);
    let y = |v: f64| bottom - (v - min).clamp(0.0, span) / span * ph;
    let n = c.categories.len().max(1);
    let x = |i: usize| if n == 1 { left + pw / 2.0 } else { left + pw * i as f64 / (n - 1) as f64 };
    let steps = (max - min).round().clamp(1.0, 10.0) as usize;
    for k in 0..=steps {
        let v = min + span * k as f64 / steps as f64;
        let yy = y(v);
        let _ = write!(
            s,
            r##"<line x1="{left}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke="#d0d0d0" stroke-width="1"/><text x="{:.1}" y="{:.1}" text-anchor="end" fill="#333333">{}</text>"##,
            left + pw,
            left - 6.0,
            yy + 4.0,
            fmt_num(v)
        );
    }
    for (i, cat) in c.categories.iter().enumerate() {
        let _ = write!(
            s,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#1a1a1a">{}</text>"##,
            x(i),
            bottom + 18.0,
            esc(cat)
        );
    }
    for se in &c.series {
        let mut d = String::new();
        let mut pen = false;
        for i in 0..c.categories.len() {
            match se.values.get(i).copied().filter(|v| v.is_finite()) {
                Some(v) => {
                    let _ = write!(d, "{}{:.1},{:.1} ", if pen { "L" } else { "M" }, x(i), y(v));
                    let _ = write!(
                        s,
                        r##"<circle cx="{:.1}" cy="{:.1}" r="3.5" fill="{}"><title>{}: {}</title></circle>"##,
                        x(i),
                        y(v),
                        esc(&se.colour),
                        esc(&se.name),
                        fmt_num((v * 10.0).round() / 10.0)
                    );
                    pen = true;
                }
                None => pen = false,
            }
        }
        if !d.is_empty() {
            let _ =
                write!(s, r##"<path d="{}" fill="none" stroke="{}" stroke-width="2"/>"##, d.trim(), esc(&se.colour));
        }
    }
    let _ = write!(s, r##"<line x1="{left}" y1="{bottom}" x2="{:.1}" y2="{bottom}" stroke="#333333"/>"##, left + pw);
    legend(&mut s, &c.series, top);
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

    #[test]
    fn radar_and_lines_draw() {
        let c = Chart {
            title: "Maturiteit <per> thema".into(),
            categories: vec!["Bestuur".into(), "Back-ups".into(), "Netwerk".into(), "Leveranciers".into()],
            series: vec![
                Series { name: "2025".into(), colour: "#8b0000".into(), values: vec![2.0, 3.0, f64::NAN, 1.0] },
                Series { name: "2026".into(), colour: "#1d4e89".into(), values: vec![3.0, 4.5, 2.0, 2.0] },
            ],
        };
        for svg in [radar(&c, 1.0, 5.0), lines(&c, 1.0, 5.0)] {
            assert!(svg.contains("&lt;per&gt;") && svg.contains("Leveranciers") && !svg.contains("NaN"), "{svg}");
            assert!(png(&svg).is_some());
        }
        assert_eq!(radar(&c, 1.0, 5.0).matches("<polygon").count(), 4 + 2, "four rings and two series");
        assert_eq!(lines(&c, 1.0, 5.0).matches("<path").count(), 2);
    }
}
