//! The document model every format renders: a title block, then blocks in order. Texts
//! are plain (never markup); each renderer escapes them for its own format.

use serde::Serialize;

/// An organisation's logo, embedded in documents that have a cover.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logo {
    /// "png" or "svg": what every format can embed.
    pub ext: &'static str,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    /// "nl", "en" or "fr".
    pub lang: String,
    pub title: String,
    pub subtitle: String,
    pub organisation: String,
    pub version: String,
    pub classification: String,
    /// When it was made, as the reader writes dates.
    pub date: String,
    /// Label and value pairs on the cover (status, approval, owner).
    pub cover: Vec<(String, String)>,
    /// A cover page and a table of contents with this title.
    pub toc_title: Option<String>,
    /// "Pagina" / "Page", before the page number.
    pub page_label: String,
    /// Smaller type and margins, for cards and one-page forms.
    pub compact: bool,
    #[serde(skip)]
    pub logo: Option<Logo>,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// Levels 1 to 3.
    Heading {
        level: u8,
        text: String,
    },
    /// Line breaks in the text are kept.
    Paragraph {
        text: String,
    },
    /// A bold label followed by its value, as in "Owner: general director".
    Labelled {
        label: String,
        text: String,
    },
    List {
        items: Vec<String>,
    },
    Numbered {
        items: Vec<String>,
    },
    /// A list that keeps its nesting: items with further paragraphs and sub-lists, as a
    /// toolkit text's Markdown writes them.
    Outline(Outline),
    /// Boxes to tick on paper, with an optional column to write a time in.
    Checklist {
        items: Vec<String>,
        time_label: Option<String>,
    },
    /// `widths` are relative column widths, one per column.
    Table {
        head: Vec<String>,
        rows: Vec<Vec<Cell>>,
        widths: Vec<u16>,
    },
    /// A chart (`chart::stacked_bars`); documents follow it with its data as a table.
    Chart {
        /// What it shows: the picture's text alternative and caption.
        title: String,
        svg: String,
        /// The same picture for Word and OpenDocument.
        #[serde(skip)]
        png: Vec<u8>,
    },
    /// Labels with room to write by hand.
    FillIn {
        fields: Vec<String>,
        lines: u8,
    },
    /// Panels the size of a bank card (85.6 × 54 mm), two side by side to cut out
    /// together and fold in the middle: front and back of one card.
    Cards {
        cards: Vec<Card>,
    },
    /// A remark set apart from the text.
    Note {
        text: String,
    },
    PageBreak,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Card {
    pub title: String,
    pub lines: Vec<String>,
}

/// A bank card's size in millimetres.
pub const CARD_MM: (f64, f64) = (85.6, 54.0);

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outline {
    pub ordered: bool,
    pub items: Vec<ListItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListItem {
    /// The item's first paragraph.
    pub text: String,
    /// What follows it inside the item, in order.
    pub more: Vec<ItemPart>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ItemPart {
    Paragraph { text: String },
    List(Outline),
}

impl Outline {
    /// Every text in it, depth first, for cleaning.
    fn texts_mut(&mut self, f: &mut impl FnMut(&mut String)) {
        for i in &mut self.items {
            f(&mut i.text);
            for part in &mut i.more {
                match part {
                    ItemPart::Paragraph { text } => f(text),
                    ItemPart::List(o) => o.texts_mut(f),
                }
            }
        }
    }

    /// The list's shape as text, one line per item: its depth in spaces, "1." or "-",
    /// then the first words of the item. Tests compare it across formats.
    pub fn shape(&self) -> Vec<String> {
        fn walk(o: &Outline, depth: usize, out: &mut Vec<String>) {
            for (n, i) in o.items.iter().enumerate() {
                let mark = if o.ordered { format!("{}.", n + 1) } else { "-".into() };
                out.push(format!("{}{mark} {}", "  ".repeat(depth), i.text));
                for part in &i.more {
                    if let ItemPart::List(sub) = part {
                        walk(sub, depth + 1, out);
                    }
                }
            }
        }
        let mut out = Vec::new();
        walk(self, 0, &mut out);
        out
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    pub text: String,
    /// An impact level 0-4: the cell is coloured as in a heat map.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Cell {
        Cell { text: text.into(), level: None }
    }
    pub fn heat(text: impl Into<String>, level: Option<u8>) -> Cell {
        Cell { text: text.into(), level: level.map(|l| l.min(4)) }
    }
}

/// Heat map colours per level 0-4 (light green to dark red), with text colour that keeps
/// a contrast of at least 4.5:1.
pub const HEAT: [(&str, &str); 5] =
    [("E8F5E9", "1B1B1B"), ("FFF8C5", "1B1B1B"), ("FFD8A8", "1B1B1B"), ("F08C6E", "1B1B1B"), ("9E1C1C", "FFFFFF")];

impl Document {
    /// Every text with the characters no format can carry removed (control characters
    /// other than line breaks and tabs, which XML 1.0 forbids).
    pub fn cleaned(&self) -> Document {
        let mut d = self.clone();
        let mut c = |s: &mut String| {
            if s.chars().any(forbidden) {
                *s = s.chars().filter(|ch| !forbidden(*ch)).collect();
            }
        };
        for s in [&mut d.lang, &mut d.title, &mut d.subtitle, &mut d.organisation, &mut d.version] {
            c(s);
        }
        for s in [&mut d.classification, &mut d.date, &mut d.page_label] {
            c(s);
        }
        if let Some(t) = &mut d.toc_title {
            c(t);
        }
        for (a, b) in &mut d.cover {
            c(a);
            c(b);
        }
        for b in &mut d.blocks {
            match b {
                Block::Heading { text, .. } | Block::Paragraph { text } | Block::Note { text } => c(text),
                Block::Labelled { label, text } => {
                    c(label);
                    c(text);
                }
                Block::List { items } | Block::Numbered { items } => items.iter_mut().for_each(&mut c),
                Block::Outline(o) => o.texts_mut(&mut c),
                Block::Checklist { items, time_label } => {
                    items.iter_mut().for_each(&mut c);
                    time_label.iter_mut().for_each(&mut c);
                }
                Block::Table { head, rows, .. } => {
                    head.iter_mut().for_each(&mut c);
                    rows.iter_mut().flatten().for_each(|cell| c(&mut cell.text));
                }
                Block::FillIn { fields, .. } => fields.iter_mut().for_each(&mut c),
                Block::Cards { cards } => {
                    for card in cards {
                        c(&mut card.title);
                        card.lines.iter_mut().for_each(&mut c);
                    }
                }
                Block::Chart { title, .. } => c(title),
                Block::PageBreak => {}
            }
        }
        d
    }

    /// Organisation, title, version and classification: the running header.
    pub fn running_header(&self) -> String {
        joined(&[&self.organisation, &self.title, &self.version, &self.classification])
    }

    /// Organisation, version, classification and date: the line under the title.
    pub fn meta_line(&self) -> String {
        joined(&[&self.organisation, &self.version, &self.classification, &self.date])
    }

    /// The headings, in order (for tests and the manifest).
    pub fn headings(&self) -> Vec<&str> {
        self.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }
}

fn joined(parts: &[&str]) -> String {
    parts.iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" · ")
}

fn forbidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// A table's column widths as fractions that add up to 1.
pub fn fractions(widths: &[u16], columns: usize) -> Vec<f64> {
    let w: Vec<f64> = (0..columns).map(|i| f64::from(*widths.get(i).unwrap_or(&1).max(&1))).collect();
    let sum: f64 = w.iter().sum();
    w.iter().map(|x| x / sum).collect()
}

/// A table's column widths as fractions that add up to 1, for a line of `line_chars`
/// characters: the given relative widths, or (when they are all equal) widths by the
/// columns' content; then every column widened to hold its longest word, so that dates
/// and phone numbers never break.
pub fn fitted_widths(head: &[String], rows: &[Vec<Cell>], widths: &[u16], cols: usize, line_chars: usize) -> Vec<f64> {
    let texts = |i: usize| {
        head.get(i)
            .map(String::as_str)
            .into_iter()
            .chain(rows.iter().filter_map(move |r| r.get(i).map(|c| c.text.as_str())))
    };
    let equal = widths.iter().take(cols).collect::<std::collections::BTreeSet<_>>().len() <= 1;
    let mut f = if equal {
        let want: Vec<u16> =
            (0..cols).map(|i| texts(i).map(|t| t.chars().count()).max().unwrap_or(0).clamp(6, 40) as u16).collect();
        fractions(&want, cols)
    } else {
        fractions(widths, cols)
    };
    let line = line_chars.max(1) as f64;
    let min: Vec<f64> = (0..cols)
        .map(|i| {
            let word = texts(i).flat_map(str::split_whitespace).map(|w| w.chars().count()).max().unwrap_or(0);
            // Two characters for the cell's margins; no column needs more than a third.
            ((word + 2) as f64 / line).min(1.0 / 3.0)
        })
        .collect();
    for _ in 0..cols {
        let short: f64 = (0..cols).filter(|&i| f[i] < min[i]).map(|i| min[i] - f[i]).sum();
        if short <= 1e-9 {
            break;
        }
        let spare: f64 = (0..cols).filter(|&i| f[i] > min[i]).map(|i| f[i] - min[i]).sum();
        let take = (short / spare.max(1e-9)).min(1.0);
        for i in 0..cols {
            f[i] = if f[i] < min[i] { min[i] } else { f[i] - (f[i] - min[i]) * take };
        }
    }
    let sum: f64 = f.iter().sum();
    f.iter().map(|x| x / sum).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_fit_their_longest_word() {
        let head = vec!["Oefening".to_string(), "Datum".to_string(), "Verslag".to_string()];
        let rows = vec![vec![
            Cell::new("Tafeloefening gijzelsoftware met het crisisteam"),
            Cell::new("09/08/2026"),
            Cell::new("Iedereen wist wat te doen; de contactlijst was verouderd en werd dezelfde dag aangepast."),
        ]];
        // Equal widths: by content, and the date gets room for its ten characters.
        let f = fitted_widths(&head, &rows, &[1, 1, 1], 3, 90);
        assert!((f.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(f[1] * 90.0 >= 12.0 - 1e-6, "{f:?}");
        assert!(f[2] > f[1]);
        // Given widths are kept, except that the date column is widened to fit.
        let g = fitted_widths(&head, &rows, &[6, 1, 6], 3, 90);
        assert!(g[1] * 90.0 >= 12.0 - 1e-6, "{g:?}");
        assert!(g[0] > g[1] && g[2] > g[1] && (g[0] - g[2]).abs() < 0.05, "{g:?}");
    }

    #[test]
    fn cleaning_removes_what_xml_cannot_carry() {
        let d = Document {
            lang: "nl".into(),
            title: "a\u{0}b\u{7}c".into(),
            subtitle: "regel 1\nregel 2\tx".into(),
            organisation: String::new(),
            version: String::new(),
            classification: String::new(),
            date: String::new(),
            cover: vec![],
            toc_title: None,
            page_label: String::new(),
            compact: false,
            logo: None,
            blocks: vec![Block::Table {
                head: vec!["\u{1b}h".into()],
                rows: vec![vec![Cell::new("\u{8}x")]],
                widths: vec![],
            }],
        };
        let c = d.cleaned();
        assert_eq!(c.title, "abc");
        assert_eq!(c.subtitle, "regel 1\nregel 2\tx");
        assert_eq!(
            c.blocks[0],
            Block::Table { head: vec!["h".into()], rows: vec![vec![Cell::new("x")]], widths: vec![] }
        );
    }

    #[test]
    fn fractions_add_up() {
        let f = fractions(&[2, 1, 1], 3);
        assert_eq!(f, vec![0.5, 0.25, 0.25]);
        let f = fractions(&[], 4);
        assert!((f.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert_eq!(fractions(&[0, 3], 2), vec![0.25, 0.75]);
    }
}
