//! Self-assessment against frameworks. A framework is data (imported from the CISO
//! Assistant library format or an OSCAL catalog, or our shipped baseline written in the
//! former); an assessment answers its requirements at a level. The rules of answers,
//! the roll-up of scores, gaps, who may answer what, re-imports of a newer version and
//! the anonymous comparison for umbrella organisations live here.

pub mod access;
pub mod action;
pub mod answer;
pub mod ciso;
pub mod compare;
pub mod generate;
pub mod oscal;
pub mod rollup;
pub mod start;
pub mod upgrade;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The largest framework file accepted: real libraries are a few MB.
pub const FILE_MAX_BYTES: usize = 16 * 1024 * 1024;
/// The most requirement nodes in one framework.
pub const NODES_MAX: usize = 20_000;
/// The longest text of one node or of the framework (characters).
pub const TEXT_MAX: usize = 50_000;
/// The target when the framework names none.
pub const DEFAULT_TARGET: u8 = 3;

/// A text in the languages the framework has, by two-letter code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Texts(pub BTreeMap<String, String>);

impl Texts {
    pub fn one(lang: &str, text: impl Into<String>) -> Texts {
        let t: String = text.into();
        let mut m = BTreeMap::new();
        if !t.trim().is_empty() {
            m.insert(lang.to_string(), t);
        }
        Texts(m)
    }
    /// The text in `lang`, else English, else Dutch, else any.
    pub fn get(&self, lang: &str) -> &str {
        [lang, "en", "nl"]
            .iter()
            .find_map(|l| self.0.get(*l))
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }
    pub fn is_empty(&self) -> bool {
        self.0.values().all(|v| v.trim().is_empty())
    }
    pub fn set(&mut self, lang: &str, text: &str) {
        if !text.trim().is_empty() {
            self.0.insert(lang.to_string(), text.trim().to_string());
        }
    }
}

/// One score of the framework's scale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreDef {
    pub score: u8,
    pub name: Texts,
    pub description: Texts,
}

/// The scale documentation and implementation maturity are scored on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scale {
    pub min: u8,
    pub max: u8,
    /// Names per score; empty when the framework gives only the bounds.
    pub scores: Vec<ScoreDef>,
}

impl Scale {
    /// Our own 1-5 scale, for frameworks that have scores but no names (labels in i18n).
    pub fn plain() -> Scale {
        Scale { min: 1, max: 5, scores: vec![] }
    }
    pub fn contains(&self, v: u8) -> bool {
        (self.min..=self.max).contains(&v)
    }
    pub fn target(&self, wanted: Option<u8>) -> u8 {
        wanted.unwrap_or(DEFAULT_TARGET).clamp(self.min, self.max)
    }
}

/// An implementation group or level, e.g. a CyberFundamentals level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Level {
    pub id: String,
    pub name: Texts,
    pub description: Texts,
}

/// One requirement node of the tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Node {
    /// Stable key within the framework: the reference id when it is unique, else the
    /// last part of the node's URN. Answers are kept by it across versions.
    pub id: String,
    pub ref_id: String,
    /// Index of the parent in `Framework::nodes`; parents come first.
    pub parent: Option<usize>,
    pub depth: u8,
    pub assessable: bool,
    pub name: Texts,
    pub description: Texts,
    pub guidance: Texts,
    pub evidence: Texts,
    /// The levels this requirement belongs to; empty: every level.
    pub levels: Vec<String>,
    pub weight: u32,
    /// A key measure, listed on its own.
    pub key: bool,
    pub target: Option<u8>,
    /// NIST CSF 2.0 subcategory identifiers (our baseline).
    pub csf: Vec<String>,
    /// Toolkit resources (slugs) that help meet it.
    pub resources: Vec<String>,
}

impl Node {
    /// Name, or else the start of the description, for lists.
    pub fn title(&self, lang: &str) -> String {
        let n = self.name.get(lang);
        if !n.trim().is_empty() {
            return n.to_string();
        }
        let d = self.description.get(lang).trim();
        let short: String = d.chars().take(120).collect();
        if short.len() < d.len() { format!("{short}…") } else { short }
    }
    pub fn in_level(&self, level: Option<&str>) -> bool {
        match level {
            None => true,
            Some(l) => self.levels.is_empty() || self.levels.iter().any(|x| x == l),
        }
    }
}

/// A framework, as imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Framework {
    /// What stays the same across versions: the library's framework URN, or the OSCAL
    /// catalog's title.
    pub urn: String,
    pub ref_id: String,
    pub name: Texts,
    pub description: Texts,
    pub version: String,
    pub provider: String,
    pub copyright: String,
    /// None: answered with a result (compliant, partly, …) instead of scores.
    pub scale: Option<Scale>,
    pub levels: Vec<Level>,
    pub nodes: Vec<Node>,
}

impl Framework {
    pub fn assessable(&self) -> usize {
        self.nodes.iter().filter(|n| n.assessable).count()
    }
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.id == id)
    }
    pub fn level(&self, id: &str) -> Option<&Level> {
        self.levels.iter().find(|l| l.id == id)
    }
    /// Whether node `i` lies in the subtree of node `root`.
    pub fn is_under(&self, mut i: usize, root: usize) -> bool {
        loop {
            if i == root {
                return true;
            }
            match self.nodes.get(i).and_then(|n| n.parent) {
                Some(p) => i = p,
                None => return false,
            }
        }
    }
    /// The top node above node `i` (itself when it has no parent).
    pub fn root_of(&self, mut i: usize) -> usize {
        while let Some(p) = self.nodes.get(i).and_then(|n| n.parent) {
            i = p;
        }
        i
    }
    /// The requirements assessed at `level`, in the framework's order.
    pub fn requirements(&self, level: Option<&str>) -> impl Iterator<Item = (usize, &Node)> {
        self.nodes.iter().enumerate().filter(move |(_, n)| n.assessable && n.in_level(level))
    }
    /// Sections: the nodes one answers on one page (a node with requirements directly
    /// under it that are in the level). A requirement at the top forms its own section.
    pub fn sections(&self, level: Option<&str>) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for (i, n) in self.requirements(level) {
            let s = self.section_of(i).unwrap_or(i);
            let _ = n;
            if !out.contains(&s) {
                out.push(s);
            }
        }
        out
    }
    /// The section a requirement is answered in: its nearest ancestor that is not itself
    /// a requirement.
    pub fn section_of(&self, i: usize) -> Option<usize> {
        let mut p = self.nodes.get(i)?.parent;
        while let Some(x) = p {
            if !self.nodes[x].assessable {
                return Some(x);
            }
            p = self.nodes[x].parent;
        }
        None
    }
    /// The tree's roots: the functions or themes of the radar chart.
    pub fn roots(&self) -> Vec<usize> {
        self.nodes.iter().enumerate().filter(|(_, n)| n.parent.is_none()).map(|(i, _)| i).collect()
    }
    /// The scale answers are scored on, when the framework has scores.
    pub fn target_of(&self, n: &Node) -> Option<u8> {
        self.scale.as_ref().map(|s| s.target(n.target))
    }
}

/// A problem in a framework file, with its place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Where: `line 12, column 3` or a path like `requirement_nodes[4]`.
    pub place: String,
    /// Message id of the i18n files.
    pub code: &'static str,
    pub detail: String,
}

impl Problem {
    pub fn new(place: impl Into<String>, code: &'static str, detail: impl Into<String>) -> Problem {
        Problem { place: place.into(), code, detail: detail.into() }
    }
}

/// The import formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    #[serde(rename = "ciso-assistant-yaml")]
    CisoAssistantYaml,
    #[serde(rename = "oscal-catalog")]
    OscalCatalog,
}

impl Format {
    pub const ALL: [Format; 2] = [Format::CisoAssistantYaml, Format::OscalCatalog];
    pub fn as_str(self) -> &'static str {
        match self {
            Format::CisoAssistantYaml => "ciso-assistant-yaml",
            Format::OscalCatalog => "oscal-catalog",
        }
    }
    pub fn parse(s: &str) -> Option<Format> {
        Self::ALL.into_iter().find(|f| f.as_str() == s)
    }
    pub fn label(self) -> &'static str {
        match self {
            Format::CisoAssistantYaml => "CISO Assistant library (YAML)",
            Format::OscalCatalog => "OSCAL catalog (JSON)",
        }
    }
}

/// Reads a framework file in `format`: the framework, or every problem found.
pub fn import(format: Format, bytes: &[u8]) -> Result<Framework, Vec<Problem>> {
    if bytes.len() > FILE_MAX_BYTES {
        return Err(vec![Problem::new("", "framework-too-large", (FILE_MAX_BYTES / 1024 / 1024).to_string())]);
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|e| vec![Problem::new(format!("byte {}", e.valid_up_to()), "framework-not-utf8", "")])?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(vec![Problem::new("", "framework-empty", "")]);
    }
    let f = match format {
        Format::CisoAssistantYaml => ciso::parse(text)?,
        Format::OscalCatalog => oscal::parse(text)?,
    };
    check(&f).map(|()| f)
}

/// What every framework must be, whatever its file: bounded, named, a sound tree.
pub fn check(f: &Framework) -> Result<(), Vec<Problem>> {
    let mut p = Vec::new();
    if f.name.is_empty() {
        p.push(Problem::new("name", "framework-missing", "name"));
    }
    if f.nodes.len() > NODES_MAX {
        p.push(Problem::new("requirement_nodes", "framework-too-many", NODES_MAX.to_string()));
    }
    if !f.nodes.iter().any(|n| n.assessable) {
        p.push(Problem::new("requirement_nodes", "framework-no-requirements", ""));
    }
    if let Some(s) = &f.scale
        && (s.min > s.max || s.max > 100)
    {
        p.push(Problem::new("max_score", "framework-bad-scale", format!("{}–{}", s.min, s.max)));
    }
    let mut seen = std::collections::HashSet::new();
    for (i, n) in f.nodes.iter().enumerate() {
        if !seen.insert(n.id.as_str()) {
            p.push(Problem::new(format!("requirement_nodes[{i}]"), "framework-duplicate", n.id.clone()));
        }
        if n.parent.is_some_and(|x| x >= i) {
            p.push(Problem::new(format!("requirement_nodes[{i}]"), "framework-parent-order", n.id.clone()));
        }
        for t in [&n.name, &n.description, &n.guidance, &n.evidence] {
            if t.0.values().any(|v| v.chars().count() > TEXT_MAX) {
                p.push(Problem::new(format!("requirement_nodes[{i}]"), "framework-text-long", TEXT_MAX.to_string()));
            }
        }
        if n.weight == 0 || n.weight > 1000 {
            p.push(Problem::new(format!("requirement_nodes[{i}]"), "framework-bad-weight", n.weight.to_string()));
        }
        for l in &n.levels {
            if !f.levels.iter().any(|x| &x.id == l) {
                p.push(Problem::new(format!("requirement_nodes[{i}]"), "framework-unknown-level", l.clone()));
            }
        }
        if p.len() > 50 {
            break;
        }
    }
    if p.is_empty() { Ok(()) } else { Err(p) }
}

/// Gives every node its key: the reference id when unique in the file, else the last
/// part of its URN (or its place).
pub(crate) fn assign_ids(nodes: &mut [Node], urns: &[String]) {
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for n in nodes.iter() {
        if !n.ref_id.is_empty() {
            *count.entry(n.ref_id.clone()).or_default() += 1;
        }
    }
    for (i, n) in nodes.iter_mut().enumerate() {
        n.id = if !n.ref_id.is_empty() && count.get(&n.ref_id) == Some(&1) {
            n.ref_id.clone()
        } else {
            urns.get(i)
                .and_then(|u| u.rsplit(':').next())
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .unwrap_or_else(|| format!("node-{}", i + 1))
        };
    }
}

#[cfg(test)]
mod tests;
