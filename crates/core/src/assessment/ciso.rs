//! The CISO Assistant library format (YAML): the de facto exchange format of
//! frameworks. Only the fields we use are read; everything else is ignored. Our own
//! baseline uses the same format with a few `weerbaar_*` fields.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

use super::{Framework, Level, Node, Problem, Scale, ScoreDef, Texts, assign_ids};

#[derive(Deserialize)]
struct Library {
    #[serde(default)]
    urn: String,
    #[serde(default)]
    ref_id: Option<Scalar>,
    #[serde(default)]
    locale: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    copyright: Option<String>,
    #[serde(default)]
    version: Option<Scalar>,
    #[serde(default)]
    provider: Option<String>,
    #[serde(default)]
    translations: Translations,
    objects: Option<Objects>,
}

#[derive(Deserialize)]
struct Objects {
    framework: Option<FrameworkObj>,
}

/// Numbers and words alike, as YAML authors write versions and ids.
#[derive(Deserialize, Clone)]
#[serde(untagged)]
enum Scalar {
    S(String),
    I(i64),
    F(f64),
    B(bool),
}

impl Scalar {
    fn text(&self) -> String {
        match self {
            Scalar::S(s) => s.clone(),
            Scalar::I(i) => i.to_string(),
            Scalar::F(f) => f.to_string(),
            Scalar::B(b) => b.to_string(),
        }
    }
}

type Translations = BTreeMap<String, Translation>;

#[derive(Deserialize, Default)]
struct Translation {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    annotation: Option<String>,
    #[serde(default)]
    typical_evidence: Option<String>,
}

#[derive(Deserialize)]
struct FrameworkObj {
    #[serde(default)]
    urn: String,
    #[serde(default)]
    ref_id: Option<Scalar>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    min_score: Option<i64>,
    #[serde(default)]
    max_score: Option<i64>,
    #[serde(default)]
    scores_definition: Vec<ScoreObj>,
    #[serde(default)]
    implementation_groups_definition: Vec<GroupObj>,
    #[serde(default)]
    requirement_nodes: Vec<NodeObj>,
    #[serde(default)]
    translations: Translations,
}

#[derive(Deserialize)]
struct ScoreObj {
    score: i64,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    translations: Translations,
}

#[derive(Deserialize)]
struct GroupObj {
    ref_id: Scalar,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    translations: Translations,
}

#[derive(Deserialize)]
struct NodeObj {
    #[serde(default)]
    urn: String,
    #[serde(default)]
    parent_urn: Option<String>,
    #[serde(default)]
    assessable: bool,
    #[serde(default)]
    ref_id: Option<Scalar>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    annotation: Option<String>,
    #[serde(default)]
    typical_evidence: Option<String>,
    #[serde(default)]
    implementation_groups: Vec<Scalar>,
    #[serde(default)]
    weight: Option<i64>,
    #[serde(default)]
    translations: Translations,
    #[serde(default)]
    weerbaar_key_measure: bool,
    #[serde(default)]
    weerbaar_target: Option<i64>,
    #[serde(default)]
    weerbaar_nist_csf: Vec<String>,
    #[serde(default)]
    weerbaar_resources: Vec<String>,
}

fn texts(locale: &str, main: &Option<String>, tr: &Translations, pick: fn(&Translation) -> &Option<String>) -> Texts {
    let mut t = Texts::default();
    if let Some(m) = main {
        t.set(locale, m);
    }
    for (lang, x) in tr {
        if let Some(v) = pick(x) {
            t.set(&lang.to_lowercase(), v);
        }
    }
    t
}

fn lang_of(locale: &Option<String>) -> String {
    locale.as_deref().unwrap_or("en").split(['-', '_']).next().unwrap_or("en").to_lowercase()
}

pub fn parse(text: &str) -> Result<Framework, Vec<Problem>> {
    let lib: Library = serde_yaml::from_str(text).map_err(|e| {
        let place = e.location().map(|l| format!("line {}, column {}", l.line(), l.column())).unwrap_or_default();
        let detail = e.to_string();
        let detail = detail.split(" at line ").next().unwrap_or(&detail).to_string();
        vec![Problem::new(place, "framework-syntax", detail)]
    })?;
    let Some(fw) = lib.objects.and_then(|o| o.framework) else {
        return Err(vec![Problem::new("objects.framework", "framework-missing", "objects.framework")]);
    };
    let lang = lang_of(&lib.locale);
    let mut problems = Vec::new();
    let scale = match (fw.min_score, fw.max_score) {
        (None, None) if fw.scores_definition.is_empty() => None,
        (min, max) => {
            let lo = min.or_else(|| fw.scores_definition.iter().map(|s| s.score).min()).unwrap_or(1);
            let hi = max.or_else(|| fw.scores_definition.iter().map(|s| s.score).max()).unwrap_or(5);
            match (u8::try_from(lo), u8::try_from(hi)) {
                (Ok(min), Ok(max)) => Some(Scale {
                    min,
                    max,
                    scores: fw
                        .scores_definition
                        .iter()
                        .filter_map(|s| {
                            Some(ScoreDef {
                                score: u8::try_from(s.score).ok()?,
                                name: texts(&lang, &s.name, &s.translations, |t| &t.name),
                                description: texts(&lang, &s.description, &s.translations, |t| &t.description),
                            })
                        })
                        .collect(),
                }),
                _ => {
                    problems.push(Problem::new("max_score", "framework-bad-scale", format!("{lo}–{hi}")));
                    None
                }
            }
        }
    };
    let levels = fw
        .implementation_groups_definition
        .iter()
        .map(|g| Level {
            id: g.ref_id.text(),
            name: texts(&lang, &g.name, &g.translations, |t| &t.name),
            description: texts(&lang, &g.description, &g.translations, |t| &t.description),
        })
        .collect();
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut nodes = Vec::with_capacity(fw.requirement_nodes.len());
    let mut urns = Vec::with_capacity(fw.requirement_nodes.len());
    for (i, n) in fw.requirement_nodes.iter().enumerate() {
        let place = || format!("requirement_nodes[{i}]");
        if n.urn.trim().is_empty() {
            problems.push(Problem::new(place(), "framework-missing", "urn"));
            continue;
        }
        let parent = match n.parent_urn.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
            None => None,
            Some(p) => match index.get(p) {
                Some(&x) => Some(x),
                None => {
                    problems.push(Problem::new(place(), "framework-unknown-parent", p.to_string()));
                    continue;
                }
            },
        };
        if index.insert(n.urn.as_str(), nodes.len()).is_some() {
            problems.push(Problem::new(place(), "framework-duplicate", n.urn.clone()));
        }
        let depth = parent.map(|p: usize| nodes.get(p).map(|x: &Node| x.depth).unwrap_or(0) + 1).unwrap_or(1);
        let weight = match n.weight {
            None => 1,
            Some(w) => u32::try_from(w).unwrap_or(0),
        };
        nodes.push(Node {
            id: String::new(),
            ref_id: n.ref_id.as_ref().map(Scalar::text).unwrap_or_default().trim().to_string(),
            parent,
            depth,
            assessable: n.assessable,
            name: texts(&lang, &n.name, &n.translations, |t| &t.name),
            description: texts(&lang, &n.description, &n.translations, |t| &t.description),
            guidance: texts(&lang, &n.annotation, &n.translations, |t| &t.annotation),
            evidence: texts(&lang, &n.typical_evidence, &n.translations, |t| &t.typical_evidence),
            levels: n.implementation_groups.iter().map(Scalar::text).collect(),
            weight,
            key: n.weerbaar_key_measure,
            target: n.weerbaar_target.and_then(|t| u8::try_from(t).ok()),
            csf: n.weerbaar_nist_csf.clone(),
            resources: n.weerbaar_resources.clone(),
        });
        urns.push(n.urn.clone());
        if problems.len() > 50 {
            break;
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    assign_ids(&mut nodes, &urns);
    let urn = [fw.urn.trim(), lib.urn.trim()].into_iter().find(|u| !u.is_empty()).unwrap_or_default().to_string();
    if urn.is_empty() {
        return Err(vec![Problem::new("objects.framework.urn", "framework-missing", "urn")]);
    }
    let mut name = texts(&lang, &fw.name, &fw.translations, |t| &t.name);
    if name.is_empty() {
        name = texts(&lang, &lib.name, &lib.translations, |t| &t.name);
    }
    let mut description = texts(&lang, &fw.description, &fw.translations, |t| &t.description);
    if description.is_empty() {
        description = texts(&lang, &lib.description, &lib.translations, |t| &t.description);
    }
    Ok(Framework {
        urn,
        ref_id: fw.ref_id.or(lib.ref_id).map(|r| r.text()).unwrap_or_default(),
        name,
        description,
        version: lib.version.map(|v| v.text()).unwrap_or_else(|| "1".into()),
        provider: lib.provider.unwrap_or_default(),
        copyright: lib.copyright.unwrap_or_default(),
        scale,
        levels,
        nodes,
    })
}
