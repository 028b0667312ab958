//! Toolkit texts (Markdown) as document blocks: headings, paragraphs, lists, task lists
//! (as checklists to tick on paper), tables and quotes. Links keep their address in
//! brackets, since paper has no links; raw HTML is dropped.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::doc::{Block, Cell};

struct ListCtx {
    ordered: bool,
    items: Vec<String>,
    tasks: usize,
}

#[derive(Default)]
struct TableCtx {
    head: Vec<String>,
    rows: Vec<Vec<Cell>>,
    row: Vec<String>,
}

fn level(l: HeadingLevel) -> u8 {
    match l {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        _ => 4,
    }
}

/// The blocks of a Markdown text; its headings start at `top` (a text's own "#" becomes
/// level `top`).
pub fn blocks(md: &str, top: u8) -> Vec<Block> {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS | Options::ENABLE_STRIKETHROUGH;
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut lists: Vec<ListCtx> = Vec::new();
    let mut table: Option<TableCtx> = None;
    let mut quote = 0usize;
    let mut links: Vec<String> = Vec::new();
    let mut item_is_task = false;

    let flush_item = |lists: &mut Vec<ListCtx>, cur: &mut String, task: bool| {
        let text = cur.trim().to_string();
        cur.clear();
        let depth = lists.len();
        if let Some(l) = lists.last_mut()
            && !text.is_empty()
        {
            let indent = if depth > 1 { "– " } else { "" };
            l.items.push(format!("{indent}{text}"));
            if task {
                l.tasks += 1;
            }
        }
    };

    for ev in Parser::new_ext(md, opts) {
        match ev {
            Event::Start(Tag::Heading { .. }) | Event::Start(Tag::CodeBlock(_)) => cur.clear(),
            Event::End(TagEnd::Heading(l)) => {
                let text = std::mem::take(&mut cur).trim().to_string();
                out.push(Block::Heading { level: (level(l) + top - 1).min(4), text });
            }
            Event::End(TagEnd::CodeBlock) => {
                out.push(Block::Paragraph { text: std::mem::take(&mut cur).trim_end().to_string() });
            }
            Event::Start(Tag::Paragraph) => {
                if lists.is_empty() {
                    cur.clear();
                } else if !cur.is_empty() {
                    cur.push('\n');
                }
            }
            Event::End(TagEnd::Paragraph) if lists.is_empty() => {
                let text = std::mem::take(&mut cur).trim().to_string();
                if !text.is_empty() {
                    out.push(if quote > 0 { Block::Note { text } } else { Block::Paragraph { text } });
                }
            }
            Event::Start(Tag::BlockQuote(_)) => quote += 1,
            Event::End(TagEnd::BlockQuote(_)) => quote = quote.saturating_sub(1),
            Event::Start(Tag::List(start)) => {
                // A list inside an item: the item's own text comes first.
                if !lists.is_empty() {
                    flush_item(&mut lists, &mut cur, item_is_task);
                    item_is_task = false;
                }
                lists.push(ListCtx { ordered: start.is_some(), items: Vec::new(), tasks: 0 });
            }
            Event::Start(Tag::Item) => {
                cur.clear();
                item_is_task = false;
            }
            Event::TaskListMarker(_) => item_is_task = true,
            Event::End(TagEnd::Item) => {
                flush_item(&mut lists, &mut cur, item_is_task);
                item_is_task = false;
            }
            Event::End(TagEnd::List(_)) => {
                if let Some(l) = lists.pop() {
                    match lists.last_mut() {
                        // A nested list's items join the outer list, marked as sub-items.
                        Some(outer) => {
                            outer.tasks += l.tasks;
                            outer.items.extend(l.items);
                        }
                        None if l.items.is_empty() => {}
                        None if l.tasks > 0 && l.tasks == l.items.len() => {
                            out.push(Block::Checklist { items: l.items, time_label: None })
                        }
                        None if l.ordered => out.push(Block::Numbered { items: l.items }),
                        None => out.push(Block::List { items: l.items }),
                    }
                }
            }
            Event::Start(Tag::Table(_)) => table = Some(TableCtx::default()),
            Event::Start(Tag::TableCell) => cur.clear(),
            Event::End(TagEnd::TableCell) => {
                if let Some(t) = &mut table {
                    t.row.push(std::mem::take(&mut cur).trim().to_string());
                }
            }
            Event::End(TagEnd::TableHead) => {
                if let Some(t) = &mut table {
                    t.head = std::mem::take(&mut t.row);
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some(t) = &mut table {
                    let row = std::mem::take(&mut t.row);
                    t.rows.push(row.into_iter().map(Cell::new).collect());
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some(t) = table.take() {
                    let widths = vec![1; t.head.len()];
                    out.push(Block::Table { head: t.head, rows: t.rows, widths });
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = links.pop()
                    && (url.starts_with("https://") || url.starts_with("http://"))
                    && !cur.contains(url.as_str())
                {
                    cur.push_str(&format!(" ({url})"));
                }
            }
            Event::Text(t) | Event::Code(t) => cur.push_str(&t),
            Event::SoftBreak => cur.push(' '),
            Event::HardBreak => cur.push('\n'),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_blocks() {
        let md = "# Titel\n\nEen *alinea* met [een link](https://example.invalid/x).\n\n## Stappen\n\n1. eerst\n2. dan\n   - detail\n\n- [ ] vink af\n- [x] gedaan\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n> Let op.\n\n<script>x</script>\n";
        let b = blocks(md, 2);
        assert_eq!(
            b,
            vec![
                Block::Heading { level: 2, text: "Titel".into() },
                Block::Paragraph { text: "Een alinea met een link (https://example.invalid/x).".into() },
                Block::Heading { level: 3, text: "Stappen".into() },
                Block::Numbered { items: vec!["eerst".into(), "dan".into(), "– detail".into()] },
                Block::Checklist { items: vec!["vink af".into(), "gedaan".into()], time_label: None },
                Block::Table {
                    head: vec!["A".into(), "B".into()],
                    rows: vec![vec![Cell::new("1"), Cell::new("2")]],
                    widths: vec![1, 1]
                },
                Block::Note { text: "Let op.".into() },
            ]
        );
    }

    #[test]
    fn anything_is_accepted() {
        for md in ["", "#", "- ", "|a|\n|-|", "> > >", "```\nunterminated", "1. [ ] x\n   1. y", "\u{0}"] {
            let _ = blocks(md, 1);
        }
    }
}
