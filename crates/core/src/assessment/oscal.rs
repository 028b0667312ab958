//! OSCAL catalogs (JSON): groups and controls become the tree, nested controls their
//! children, the parts named "statement" and "guidance" the texts. A catalog has no
//! scores: its requirements are answered with a result.

use serde::Deserialize;

use super::{Framework, Node, Problem, Texts, assign_ids};

#[derive(Deserialize)]
struct Doc {
    catalog: Catalog,
}

#[derive(Deserialize)]
struct Catalog {
    metadata: Metadata,
    #[serde(default)]
    groups: Vec<Group>,
    #[serde(default)]
    controls: Vec<Control>,
}

#[derive(Deserialize)]
struct Metadata {
    title: String,
    #[serde(default)]
    version: Option<String>,
    #[serde(default)]
    remarks: Option<String>,
    #[serde(default)]
    props: Vec<Prop>,
    #[serde(default)]
    parties: Vec<Party>,
}

#[derive(Deserialize)]
struct Party {
    #[serde(default)]
    name: Option<String>,
}

#[derive(Deserialize)]
struct Prop {
    name: String,
    value: String,
}

#[derive(Deserialize)]
struct Group {
    #[serde(default)]
    id: Option<String>,
    title: String,
    #[serde(default)]
    props: Vec<Prop>,
    #[serde(default)]
    parts: Vec<Part>,
    #[serde(default)]
    groups: Vec<Group>,
    #[serde(default)]
    controls: Vec<Control>,
}

#[derive(Deserialize)]
struct Control {
    id: String,
    title: String,
    #[serde(default)]
    props: Vec<Prop>,
    #[serde(default)]
    parts: Vec<Part>,
    #[serde(default)]
    controls: Vec<Control>,
}

#[derive(Deserialize)]
struct Part {
    name: String,
    #[serde(default)]
    prose: Option<String>,
    #[serde(default)]
    props: Vec<Prop>,
    #[serde(default)]
    parts: Vec<Part>,
}

fn label(props: &[Prop]) -> Option<String> {
    props.iter().find(|p| p.name == "label").map(|p| p.value.clone())
}

/// A part's prose with its sub-parts, labels in front, parameters shown as "[…]".
fn prose(p: &Part, out: &mut String, depth: usize) {
    if let Some(t) = &p.prose {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&"  ".repeat(depth.saturating_sub(1)));
        if let Some(l) = label(&p.props) {
            out.push_str(&l);
            out.push(' ');
        }
        out.push_str(&params(t));
    }
    for s in &p.parts {
        prose(s, out, depth + 1);
    }
}

fn params(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    while let Some(a) = rest.find("{{") {
        out.push_str(&rest[..a]);
        match rest[a..].find("}}") {
            Some(b) => {
                out.push_str("[…]");
                rest = &rest[a + b + 2..];
            }
            None => {
                rest = &rest[a..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

fn part_text(parts: &[Part], name: &str) -> String {
    let mut out = String::new();
    for p in parts.iter().filter(|p| p.name == name) {
        prose(p, &mut out, 1);
    }
    out
}

struct Builder {
    nodes: Vec<Node>,
    urns: Vec<String>,
}

impl Builder {
    fn push(
        &mut self,
        id: &str,
        ref_id: String,
        title: &str,
        parent: Option<usize>,
        assessable: bool,
        parts: &[Part],
    ) -> usize {
        let depth = parent.map(|p| self.nodes[p].depth + 1).unwrap_or(1);
        self.nodes.push(Node {
            id: String::new(),
            ref_id,
            parent,
            depth,
            assessable,
            name: Texts::one("en", title.trim()),
            description: Texts::one("en", part_text(parts, "statement")),
            guidance: Texts::one("en", part_text(parts, "guidance")),
            evidence: Texts::default(),
            levels: vec![],
            weight: 1,
            key: false,
            target: None,
            csf: vec![],
            resources: vec![],
        });
        self.urns.push(id.to_string());
        self.nodes.len() - 1
    }

    fn group(&mut self, g: &Group, parent: Option<usize>, n: usize) {
        let id = g.id.clone().unwrap_or_else(|| format!("group-{n}"));
        let rid = label(&g.props).unwrap_or_else(|| id.to_uppercase());
        let me = self.push(&id, rid, &g.title, parent, false, &g.parts);
        for (i, s) in g.groups.iter().enumerate() {
            self.group(s, Some(me), i);
        }
        for c in &g.controls {
            self.control(c, Some(me));
        }
    }

    fn control(&mut self, c: &Control, parent: Option<usize>) {
        let rid = label(&c.props).unwrap_or_else(|| c.id.to_uppercase());
        let me = self.push(&c.id, rid, &c.title, parent, true, &c.parts);
        for s in &c.controls {
            self.control(s, Some(me));
        }
    }
}

pub fn parse(text: &str) -> Result<Framework, Vec<Problem>> {
    // serde_json refuses nesting deeper than 128 levels by itself.
    let doc: Doc = serde_json::from_str(text).map_err(|e| {
        let detail = e.to_string();
        let detail = detail.split(" at line ").next().unwrap_or(&detail).to_string();
        vec![Problem::new(format!("line {}, column {}", e.line(), e.column()), "framework-syntax", detail)]
    })?;
    let c = doc.catalog;
    let mut b = Builder { nodes: vec![], urns: vec![] };
    for (i, g) in c.groups.iter().enumerate() {
        b.group(g, None, i);
        if b.nodes.len() > super::NODES_MAX {
            break;
        }
    }
    for ctl in &c.controls {
        b.control(ctl, None);
    }
    let Builder { mut nodes, urns } = b;
    assign_ids(&mut nodes, &urns);
    let m = c.metadata;
    let copyright = m
        .props
        .iter()
        .filter(|p| ["copyright", "license", "licence", "rights"].iter().any(|k| p.name.to_lowercase().contains(k)))
        .map(|p| p.value.clone())
        .chain(m.remarks.clone())
        .collect::<Vec<_>>()
        .join("\n");
    let title = m.title.trim().to_string();
    Ok(Framework {
        urn: format!("oscal-catalog:{}", crate::slug::slug_or(&title, "catalog")),
        ref_id: String::new(),
        name: Texts::one("en", &title),
        description: Texts::default(),
        version: m.version.unwrap_or_else(|| "1".into()),
        provider: m.parties.iter().find_map(|p| p.name.clone()).unwrap_or_default(),
        copyright,
        scale: None,
        levels: vec![],
        nodes,
    })
}
