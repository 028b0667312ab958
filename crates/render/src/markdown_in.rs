//! Toolkit texts (Markdown) as document blocks: headings, paragraphs, lists, task lists
//! (as checklists to tick on paper), tables and quotes. Links keep their address in
//! brackets, since paper has no links; raw HTML is dropped.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::doc::{Block, Cell, ItemPart, ListItem, Outline};

/// A list being read: its items so far, and how many of them are tasks.
struct ListCtx {
    ordered: bool,
    items: Vec<ListItem>,
    tasks: usize,
}

impl ListCtx {
    /// The text read so far becomes the current item's first paragraph, or a further one.
    fn flush(&mut self, cur: &mut String) {
        let text = cur.trim().to_string();
        cur.clear();
        if text.is_empty() {
            return;
        }
        let Some(item) = self.items.last_mut() else {
            self.items.push(ListItem { text, more: vec![] });
            return;
        };
        if item.text.is_empty() && item.more.is_empty() {
            item.text = text;
        } else {
            item.more.push(ItemPart::Paragraph { text });
        }
    }
}

/// Levels of lists inside lists that are kept as such.
const MAX_NESTING: usize = 6;

/// A task list's items with their sub-items marked, for a checklist on paper.
fn flat(o: &Outline, depth: usize, out: &mut Vec<String>) {
    for i in &o.items {
        let indent = if depth > 0 { "– " } else { "" };
        out.push(format!("{indent}{}", i.text));
        for part in &i.more {
            match part {
                ItemPart::Paragraph { text } => out.push(format!("{indent}{text}")),
                ItemPart::List(sub) => flat(sub, depth + 1, out),
            }
        }
    }
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

    for ev in Parser::new_ext(md, opts) {
        match ev {
            Event::Start(Tag::Heading { .. }) | Event::Start(Tag::CodeBlock(_)) => match lists.last_mut() {
                Some(l) => l.flush(&mut cur),
                None => cur.clear(),
            },
            Event::End(TagEnd::Heading(l)) => {
                let text = std::mem::take(&mut cur).trim().to_string();
                out.push(Block::Heading { level: (level(l) + top - 1).min(4), text });
            }
            Event::End(TagEnd::CodeBlock) => match lists.last_mut() {
                Some(l) => l.flush(&mut cur),
                None => out.push(Block::Paragraph { text: std::mem::take(&mut cur).trim_end().to_string() }),
            },
            Event::Start(Tag::Paragraph) => {
                if let Some(l) = lists.last_mut() {
                    l.flush(&mut cur);
                } else {
                    cur.clear();
                }
            }
            Event::End(TagEnd::Paragraph) if !lists.is_empty() => {
                if let Some(l) = lists.last_mut() {
                    l.flush(&mut cur);
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
                if let Some(l) = lists.last_mut() {
                    l.flush(&mut cur);
                }
                lists.push(ListCtx { ordered: start.is_some(), items: Vec::new(), tasks: 0 });
            }
            Event::Start(Tag::Item) => {
                cur.clear();
                if let Some(l) = lists.last_mut() {
                    l.items.push(ListItem { text: String::new(), more: vec![] });
                }
            }
            Event::TaskListMarker(_) => {
                if let Some(l) = lists.last_mut() {
                    l.tasks += 1;
                }
            }
            Event::End(TagEnd::Item) => {
                if let Some(l) = lists.last_mut() {
                    l.flush(&mut cur);
                    // An item with nothing in it says nothing on paper.
                    if l.items.last().is_some_and(|i| i.text.is_empty() && i.more.is_empty()) {
                        l.items.pop();
                    }
                }
            }
            Event::End(TagEnd::List(_)) => {
                if let Some(l) = lists.pop() {
                    let tasks = l.tasks > 0 && l.tasks >= l.items.len();
                    let o = Outline { ordered: l.ordered, items: l.items };
                    let depth = lists.len();
                    match lists.last_mut() {
                        Some(outer) => {
                            outer.flush(&mut cur);
                            match outer.items.last_mut() {
                                // Deeper than any reader follows (and than the renderers
                                // recurse): the items become lines of their parent item.
                                Some(item) if depth >= MAX_NESTING => {
                                    let mut lines = Vec::new();
                                    flat(&o, 1, &mut lines);
                                    item.more.extend(lines.into_iter().map(|text| ItemPart::Paragraph { text }));
                                }
                                Some(item) if !o.items.is_empty() => item.more.push(ItemPart::List(o)),
                                _ => {}
                            }
                        }
                        None if o.items.is_empty() => {}
                        None if tasks => {
                            let mut items = Vec::new();
                            flat(&o, 0, &mut items);
                            out.push(Block::Checklist { items, time_label: None });
                        }
                        None => out.push(Block::Outline(o)),
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
                Block::Outline(Outline {
                    ordered: true,
                    items: vec![
                        ListItem { text: "eerst".into(), more: vec![] },
                        ListItem {
                            text: "dan".into(),
                            more: vec![ItemPart::List(Outline {
                                ordered: false,
                                items: vec![ListItem { text: "detail".into(), more: vec![] }]
                            })]
                        },
                    ]
                }),
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
    fn nesting_and_paragraphs_inside_items_are_kept() {
        let md = "1. **Stap een.** Doe dit.\n2. Stap twee:\n   - a\n   - b\n     1. b1\n     2. b2\n\n   *Wie:* het team.\n3. Stap drie.\n";
        let b = blocks(md, 1);
        let [Block::Outline(o)] = b.as_slice() else { panic!("{b:?}") };
        assert_eq!(
            o.shape(),
            ["1. Stap een. Doe dit.", "2. Stap twee:", "  - a", "  - b", "    1. b1", "    2. b2", "3. Stap drie."]
        );
        assert_eq!(o.items[1].more.last(), Some(&ItemPart::Paragraph { text: "Wie: het team.".into() }));
    }

    #[test]
    fn nesting_is_bounded() {
        let md: String = (0..5000).map(|i| format!("{}- x\n", "  ".repeat(i))).collect();
        let b = blocks(&md, 1);
        let [Block::Outline(o)] = b.as_slice() else { panic!() };
        assert_eq!(o.shape().iter().map(|l| l.len() - l.trim_start().len()).max(), Some(2 * (MAX_NESTING - 1)));
    }

    #[test]
    fn anything_is_accepted() {
        for md in ["", "#", "- ", "|a|\n|-|", "> > >", "```\nunterminated", "1. [ ] x\n   1. y", "\u{0}"] {
            let _ = blocks(md, 1);
        }
    }
}
