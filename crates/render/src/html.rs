//! One self-contained HTML file: styles inline, the logo as a data URI, no script and no
//! reference outside the file, so it opens on any computer or phone without Weerbaar.

use std::fmt::Write;

use crate::doc::{Block, Document, HEAT, ItemPart, Outline, fractions};

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
    o
}

fn text(s: &str) -> String {
    esc(s).replace('\n', "<br>")
}

const STYLE: &str = "
:root{color-scheme:light}
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;line-height:1.5;margin:0;color:#1b1b1b;background:#fff;overflow-wrap:anywhere}
header,main,nav,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
.cards{display:flex;flex-wrap:wrap;gap:6mm 0;max-width:171.2mm}
.card{box-sizing:border-box;width:85.6mm;max-width:100%;min-height:54mm;border:1px dashed #555;padding:3mm;font-size:7pt;line-height:1.3}
@media print{.card{height:54mm;overflow:hidden}}
.card p{margin:0 0 1mm}.card ul{margin:0;padding-left:3mm}
a{color:#0b4f8a}
a:focus-visible{outline:3px solid #0b4f8a;outline-offset:2px}
h1{font-size:1.8rem}h2{font-size:1.5rem;border-top:2px solid #0b4f8a;padding-top:.8rem;margin-top:2.5rem}
h3{font-size:1.25rem}h4,h5,h6{font-size:1.05rem}
.meta{color:#444}
table{border-collapse:collapse;width:100%;table-layout:fixed;margin:.5rem 0 1rem;font-size:.95rem}
th,td{border:1px solid #888;padding:.3rem .45rem;text-align:left;vertical-align:top;overflow-wrap:anywhere;hyphens:auto}
@media (max-width:40rem){table{font-size:.8rem}th,td{padding:.2rem}}
th{background:#e6ecf2}
.note{border-left:4px solid #0b4f8a;background:#f1f5f9;padding:.5rem .8rem}
ul.check{list-style:none;padding-left:0}ul.check li{margin:.3rem 0}
.box{display:inline-block;width:.9em;height:.9em;border:1.5px solid #1b1b1b;margin-right:.5em;vertical-align:-.1em}
.fill{display:block;border-bottom:1px solid #1b1b1b;height:1.8em;margin-bottom:.4rem}
.logo{max-height:4rem;max-width:12rem}
@media print{nav,.noprint{display:none}h2{break-before:page;border:0}table,li{break-inside:avoid}a{color:inherit;text-decoration:none}}
";

fn logo(d: &Document) -> String {
    use base64::Engine;
    match &d.logo {
        Some(l) => {
            let mime = if l.ext == "svg" { "image/svg+xml" } else { "image/png" };
            let data = base64::engine::general_purpose::STANDARD.encode(&l.bytes);
            format!("<img class=\"logo\" src=\"data:{mime};base64,{data}\" alt=\"{}\">", esc(&d.organisation))
        }
        None => String::new(),
    }
}

/// A document's blocks, its headings starting at `top` (2 when the document itself is under
/// a level-1 title).
fn body(o: &mut String, d: &Document, top: u8) {
    for b in &d.blocks {
        match b {
            Block::Heading { level, text: t } => {
                let h = (top + level.clamp(&1, &4) - 1).min(6);
                let _ = writeln!(o, "<h{h}>{}</h{h}>", text(t));
            }
            Block::Paragraph { text: t } => {
                let _ = writeln!(o, "<p>{}</p>", text(t));
            }
            Block::Labelled { label, text: t } => {
                let _ = writeln!(o, "<p><strong>{}:</strong> {}</p>", text(label), text(t));
            }
            Block::Note { text: t } => {
                let _ = writeln!(o, "<p class=\"note\">{}</p>", text(t));
            }
            Block::List { items } => {
                o.push_str("<ul>");
                for i in items {
                    let _ = write!(o, "<li>{}</li>", text(i));
                }
                o.push_str("</ul>\n");
            }
            Block::Numbered { items } => {
                o.push_str("<ol>");
                for i in items {
                    let _ = write!(o, "<li>{}</li>", text(i));
                }
                o.push_str("</ol>\n");
            }
            Block::Outline(l) => {
                outline(o, l);
                o.push('\n');
            }
            Block::Checklist { items, time_label } => {
                o.push_str("<ul class=\"check\">");
                for i in items {
                    let time = time_label.as_ref().map(|t| format!(" ({}: ______)", text(t))).unwrap_or_default();
                    let _ = write!(o, "<li><span class=\"box\" aria-hidden=\"true\"></span>{}{time}</li>", text(i));
                }
                o.push_str("</ul>\n");
            }
            Block::Table { head, rows, widths } => {
                let cols = table_cols(head, rows);
                o.push_str("<table>");
                let f = fractions(widths, cols);
                o.push_str("<colgroup>");
                for w in f {
                    let _ = write!(o, "<col class=\"w{}\">", tenths(w));
                }
                o.push_str("</colgroup>");
                if !head.is_empty() {
                    o.push_str("<thead><tr>");
                    for i in 0..cols {
                        let _ = write!(o, "<th scope=\"col\">{}</th>", text(head.get(i).map_or("", String::as_str)));
                    }
                    o.push_str("</tr></thead>");
                }
                o.push_str("<tbody>");
                for r in rows {
                    o.push_str("<tr>");
                    for i in 0..cols {
                        match r.get(i) {
                            Some(c) => match c.level {
                                Some(l) => {
                                    let _ = write!(o, "<td class=\"heat{}\">{}</td>", l.min(4), text(&c.text));
                                }
                                None => {
                                    let _ = write!(o, "<td>{}</td>", text(&c.text));
                                }
                            },
                            None => o.push_str("<td></td>"),
                        }
                    }
                    o.push_str("</tr>");
                }
                o.push_str("</tbody></table>\n");
            }
            Block::Chart { title, svg, .. } => {
                // Our own drawing (chart::stacked_bars escapes every text in it).
                let _ = write!(o, "<figure class=\"chart\">{svg}<figcaption>{}</figcaption></figure>", text(title));
            }
            Block::Cards { cards } => {
                o.push_str("<div class=\"cards\">");
                for c in cards {
                    let _ = write!(o, "<section class=\"card\"><p><strong>{}</strong></p><ul>", text(&c.title));
                    for l in &c.lines {
                        let _ = write!(o, "<li>{}</li>", text(l));
                    }
                    o.push_str("</ul></section>");
                }
                o.push_str("</div>\n");
            }
            Block::FillIn { fields, lines } => {
                for f in fields {
                    let _ = write!(o, "<p><strong>{}</strong>", text(f));
                    for _ in 0..(*lines).max(1) {
                        o.push_str("<span class=\"fill\"></span>");
                    }
                    o.push_str("</p>\n");
                }
            }
            Block::PageBreak => {}
        }
    }
}

fn outline(o: &mut String, l: &Outline) {
    let tag = if l.ordered { "ol" } else { "ul" };
    let _ = write!(o, "<{tag}>");
    for i in &l.items {
        let _ = write!(o, "<li>{}", text(&i.text));
        for part in &i.more {
            match part {
                ItemPart::Paragraph { text: t } => {
                    let _ = write!(o, "<p>{}</p>", text(t));
                }
                ItemPart::List(sub) => outline(o, sub),
            }
        }
        o.push_str("</li>");
    }
    let _ = write!(o, "</{tag}>");
}

fn meta_line(d: &Document) -> String {
    esc(&d.meta_line())
}

fn cover(o: &mut String, d: &Document) {
    if !d.cover.is_empty() {
        o.push_str("<dl>");
        for (k, v) in &d.cover {
            let _ = write!(o, "<dt><strong>{}</strong></dt><dd>{}</dd>", text(k), text(v));
        }
        o.push_str("</dl>\n");
    }
}

fn table_cols(head: &[String], rows: &[Vec<crate::doc::Cell>]) -> usize {
    head.len().max(rows.iter().map(Vec::len).max().unwrap_or(0)).max(1)
}

/// A column width as tenths of a percent, the name of its class.
fn tenths(f: f64) -> u32 {
    (f * 1000.0).round().clamp(0.0, 1000.0) as u32
}

/// The page's style block: the fixed rules, the heat colours, and one rule per column
/// width its tables use. Classes rather than style attributes, so that the policy below
/// needs nothing inline.
fn style_for(docs: &[&Document]) -> String {
    let mut s = STYLE.to_string();
    for (i, (bg, fg)) in HEAT.iter().enumerate() {
        let _ = write!(s, ".heat{i}{{background:#{bg};color:#{fg}}}");
    }
    let mut widths = std::collections::BTreeSet::new();
    for d in docs {
        for b in &d.blocks {
            if let Block::Table { head, rows, widths: w } = b {
                widths.extend(fractions(w, table_cols(head, rows)).into_iter().map(tenths));
            }
        }
    }
    for t in widths {
        let _ = write!(s, ".w{t}{{width:{}.{}%}}", t / 10, t % 10);
    }
    s
}

/// The start of a page up to `<body>`, with its Content-Security-Policy as a meta tag
/// (a file opened from disk has no headers): no scripts, no requests anywhere; only this
/// style block, by its hash, and the embedded logo as a data: image.
fn head(lang: &str, title: &str, style: &str) -> String {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(style.as_bytes()));
    format!(
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-{hash}'; \
         img-src data:; base-uri 'none'; form-action 'none'\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title>\
         <style>{style}</style></head><body>\n",
        esc(lang),
        esc(title)
    )
}

/// One document as a page.
pub fn render(d: &Document) -> String {
    let mut o = String::new();
    o.push_str(&head(&d.lang, &d.title, &style_for(&[d])));
    let _ = write!(
        o,
        "<header>{}<h1>{}</h1><p class=\"meta\">{}</p></header>\n<main>\n",
        logo(d),
        text(&d.title),
        meta_line(d)
    );
    cover(&mut o, d);
    body(&mut o, d, 2);
    o.push_str("</main></body></html>\n");
    o
}

/// Several documents in one page, with a list of contents linking to each.
pub fn render_all(title: &str, intro: &str, contents_label: &str, docs: &[Document]) -> String {
    let lang = docs.first().map_or("nl", |d| d.lang.as_str());
    let mut o = String::new();
    let all: Vec<&Document> = docs.iter().collect();
    o.push_str(&head(lang, title, &style_for(&all)));
    let _ = writeln!(
        o,
        "<header>{}<h1>{}</h1><p class=\"meta\">{}</p><p>{}</p></header>",
        docs.first().map(logo).unwrap_or_default(),
        text(title),
        docs.first().map(meta_line).unwrap_or_default(),
        text(intro)
    );
    let _ = write!(o, "<nav aria-label=\"{}\"><h2>{}</h2><ol>", esc(contents_label), text(contents_label));
    for (i, d) in docs.iter().enumerate() {
        let _ = write!(o, "<li><a href=\"#doc-{}\">{}</a></li>", i + 1, text(&d.title));
    }
    o.push_str("</ol></nav>\n<main>\n");
    for (i, d) in docs.iter().enumerate() {
        let _ = write!(o, "<section aria-labelledby=\"doc-{n}\"><h2 id=\"doc-{n}\">{}</h2>", text(&d.title), n = i + 1);
        if !d.subtitle.is_empty() {
            let _ = write!(o, "<p class=\"meta\">{}</p>", text(&d.subtitle));
        }
        cover(&mut o, d);
        body(&mut o, d, 3);
        o.push_str("</section>\n");
    }
    o.push_str("</main></body></html>\n");
    o
}
