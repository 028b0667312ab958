//! Markdown (CommonMark with pipe tables): every typed text escaped, so it reads as
//! written and never becomes a link, a heading or HTML.

use std::fmt::Write;

use crate::doc::{Block, Document, ItemPart, Outline};

/// Escapes the characters that would start Markdown syntax anywhere in a line, and the
/// ones that do at its start.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push_str("  \n");
        }
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        // Leading spaces would make an indented code block.
        if !indent.is_empty() {
            out.push(' ');
        }
        let digits_end = trimmed.find(|c: char| !c.is_ascii_digit()).unwrap_or(trimmed.len());
        for (at, c) in trimmed.char_indices() {
            let line_start = at == 0;
            let list_number = at == digits_end && digits_end > 0 && matches!(c, '.' | ')');
            match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!' | '#' => {
                    out.push('\\');
                    out.push(c);
                }
                '-' | '+' | '=' if line_start => {
                    out.push('\\');
                    out.push(c);
                }
                '.' | ')' if list_number => {
                    out.push('\\');
                    out.push(c);
                }
                '\t' => out.push(' '),
                _ => out.push(c),
            }
        }
    }
    out
}

/// A nested list, each level indented to the content of its parent item; further
/// paragraphs of an item follow a blank line at the same indent.
fn outline(o: &mut String, l: &Outline, indent: usize) {
    for (n, i) in l.items.iter().enumerate() {
        let marker = if l.ordered { format!("{}. ", n + 1) } else { "- ".into() };
        let pad = " ".repeat(indent);
        let inner = indent + marker.len();
        let _ = writeln!(o, "{pad}{marker}{}", cell(&i.text));
        for part in &i.more {
            match part {
                ItemPart::Paragraph { text } => {
                    let _ = writeln!(o, "\n{}{}\n", " ".repeat(inner), cell(text));
                }
                ItemPart::List(sub) => outline(o, sub, inner),
            }
        }
    }
}

fn cell(s: &str) -> String {
    esc(&s.replace('\n', " "))
}

pub fn render(d: &Document) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "# {}\n", esc(&d.title));
    if !d.subtitle.is_empty() {
        let _ = writeln!(o, "{}\n", esc(&d.subtitle));
    }
    let line = d.meta_line();
    if !line.is_empty() {
        let _ = writeln!(o, "**{}**\n", esc(&line));
    }
    for (k, v) in &d.cover {
        let _ = writeln!(o, "- **{}:** {}", cell(k), cell(v));
    }
    if !d.cover.is_empty() {
        o.push('\n');
    }
    for b in &d.blocks {
        match b {
            Block::Heading { level, text } => {
                let _ = writeln!(o, "{} {}\n", "#".repeat(usize::from((*level).clamp(1, 5)) + 1), cell(text));
            }
            Block::Paragraph { text } => {
                let _ = writeln!(o, "{}\n", esc(text));
            }
            Block::Labelled { label, text } => {
                let _ = writeln!(o, "**{}:** {}\n", cell(label), esc(text));
            }
            Block::Note { text } => {
                let _ = writeln!(o, "> {}\n", esc(text).replace("  \n", "  \n> "));
            }
            Block::List { items } => {
                for i in items {
                    let _ = writeln!(o, "- {}", cell(i));
                }
                o.push('\n');
            }
            Block::Numbered { items } => {
                for (n, i) in items.iter().enumerate() {
                    let _ = writeln!(o, "{}. {}", n + 1, cell(i));
                }
                o.push('\n');
            }
            Block::Outline(l) => {
                outline(&mut o, l, 0);
                o.push('\n');
            }
            Block::Checklist { items, time_label } => {
                for i in items {
                    match time_label {
                        Some(t) => {
                            let _ = writeln!(o, "- [ ] {} ({}: ____)", cell(i), cell(t));
                        }
                        None => {
                            let _ = writeln!(o, "- [ ] {}", cell(i));
                        }
                    }
                }
                o.push('\n');
            }
            Block::Table { head, rows, .. } => {
                let cols = head.len().max(rows.iter().map(Vec::len).max().unwrap_or(0)).max(1);
                let h: Vec<String> = (0..cols).map(|i| head.get(i).map(|s| cell(s)).unwrap_or_default()).collect();
                let _ = writeln!(o, "| {} |", h.join(" | "));
                let _ = writeln!(o, "|{}", "---|".repeat(cols));
                for r in rows {
                    let cs: Vec<String> =
                        (0..cols).map(|i| r.get(i).map(|c| cell(&c.text)).unwrap_or_default()).collect();
                    let _ = writeln!(o, "| {} |", cs.join(" | "));
                }
                o.push('\n');
            }
            // The data table that follows carries the chart's content.
            Block::Chart { title, .. } => {
                let _ = writeln!(o, "*{}*\n", cell(title));
            }
            Block::Cards { cards } => {
                for c in cards {
                    let _ = writeln!(o, "**{}**\n", cell(&c.title));
                    for l in &c.lines {
                        let _ = writeln!(o, "- {}", cell(l));
                    }
                    o.push('\n');
                }
            }
            Block::FillIn { fields, .. } => {
                for f in fields {
                    let _ = writeln!(o, "**{}:** ______________________________\n", cell(f));
                }
            }
            Block::PageBreak => {
                o.push_str("---\n\n");
            }
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_keeps_text_literal() {
        assert_eq!(esc("a *b* [c](d) <e> | f"), "a \\*b\\* \\[c\\](d) \\<e\\> \\| f");
        assert_eq!(esc("# kop"), "\\# kop");
        assert_eq!(esc("- item\n1. een"), "\\- item  \n1\\. een");
        assert_eq!(esc("back-ups 1.5 uur"), "back-ups 1.5 uur");
        assert_eq!(esc("    code"), " code");
        assert_eq!(esc("&amp;"), "\\&amp;");
    }
}
