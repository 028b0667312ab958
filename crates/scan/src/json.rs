//! Nuclei JSON lines and SARIF 2.1.0.
//! Nuclei: one result per line; fingerprint is the template id, the matcher and the host.
//! SARIF: `runs[].results[]`; fingerprint is the result's `partialFingerprints` when the
//! tool gives them, else the rule id with the location (file and line).

use std::collections::BTreeMap;
use std::io::BufRead;

use serde::Deserialize;
use weerbaar_core::findings::edit::Draft;

use crate::{Format, Imported, Problem, Unusable, fingerprint, text};

pub fn broken(e: &serde_json::Error, at: &str) -> Unusable {
    let code = if e.is_eof() { "import-truncated" } else { "import-broken-json" };
    let at = if e.line() > 0 { format!("line {}, {at}", e.line()) } else { at.to_string() };
    Unusable::Broken(Problem::new(at, code).arg("detail", e.to_string()))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct NucleiInfo {
    name: String,
    severity: String,
    description: String,
    remediation: String,
    reference: Option<serde_json::Value>,
    classification: Option<Classification>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Classification {
    #[serde(rename = "cve-id")]
    cve: Option<serde_json::Value>,
    #[serde(rename = "cwe-id")]
    cwe: Option<serde_json::Value>,
    #[serde(rename = "cvss-metrics")]
    cvss: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct NucleiResult {
    #[serde(rename = "template-id")]
    template: String,
    info: NucleiInfo,
    #[serde(rename = "matcher-name")]
    matcher: String,
    host: String,
    #[serde(rename = "matched-at")]
    matched: String,
}

fn strings(v: &Option<serde_json::Value>) -> Vec<String> {
    match v {
        Some(serde_json::Value::String(s)) => vec![s.clone()],
        Some(serde_json::Value::Array(a)) => a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect(),
        _ => vec![],
    }
}

pub fn nuclei(input: impl BufRead) -> Result<Vec<Imported>, Unusable> {
    let mut out = Vec::new();
    for (i, line) in input.lines().enumerate() {
        let n = i + 1;
        let line = line.map_err(|_| Unusable::Broken(Problem::new(format!("line {n}"), "import-not-text")))?;
        if line.trim().is_empty() {
            continue;
        }
        let r: NucleiResult = serde_json::from_str(&line).map_err(|e| broken_line(&e, n))?;
        if r.template.is_empty() || r.host.is_empty() {
            return Err(Unusable::Broken(
                Problem::new(format!("line {n}"), "import-missing-id").arg("what", "template-id / host"),
            ));
        }
        let c = r.info.classification.unwrap_or_default();
        let mut refs: Vec<String> = strings(&c.cve);
        refs.extend(strings(&c.cwe).into_iter().map(|w| w.to_ascii_uppercase()));
        refs.extend(strings(&r.info.reference).into_iter().filter(|u| u.starts_with("http")));
        let severity = match r.info.severity.as_str() {
            s @ ("critical" | "high" | "medium" | "low") => s,
            _ => "info",
        };
        let asset = if r.matched.is_empty() { r.host.clone() } else { r.matched.clone() };
        let vector =
            if c.cvss.starts_with("CVSS:3.1/") || c.cvss.starts_with("CVSS:4.0/") { c.cvss } else { String::new() };
        out.push(Imported {
            fingerprint: fingerprint(Format::Nuclei, &[&r.template, &r.matcher, &r.host]),
            draft: Draft {
                title: text::line(if r.info.name.is_empty() { &r.template } else { &r.info.name }),
                description: text::body(&r.info.description),
                assets: vec![text::line(&asset)],
                remediation: text::body(&r.info.remediation),
                references: refs,
                cvss_vector: vector,
                severity: severity.into(),
                severity_reason: format!("Nuclei {}", r.info.severity),
                ..Default::default()
            },
            at: format!("line {n}"),
        });
    }
    Ok(out)
}

fn broken_line(e: &serde_json::Error, n: usize) -> Unusable {
    let code = if e.is_eof() { "import-truncated" } else { "import-broken-json" };
    Unusable::Broken(Problem::new(format!("line {n}"), code).arg("detail", e.to_string()))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Sarif {
    version: String,
    runs: Vec<Run>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Run {
    tool: Tool,
    results: Vec<SResult>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Tool {
    driver: Driver,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Driver {
    name: String,
    rules: Vec<Rule>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Message {
    text: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct Rule {
    id: String,
    name: String,
    short_description: Message,
    full_description: Message,
    help: Message,
    properties: BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct SResult {
    rule_id: String,
    rule_index: Option<usize>,
    level: String,
    message: Message,
    locations: Vec<Location>,
    partial_fingerprints: BTreeMap<String, String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct Location {
    physical_location: Physical,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct Physical {
    artifact_location: Artifact,
    region: Region,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Artifact {
    uri: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct Region {
    start_line: Option<u64>,
}

pub fn sarif(input: impl BufRead) -> Result<Vec<Imported>, Unusable> {
    let doc: Sarif = serde_json::from_reader(input).map_err(|e| broken(&e, "$"))?;
    if doc.version != "2.1.0" {
        return Err(Unusable::Broken(Problem::new("$.version", "import-sarif-version").arg("version", &doc.version)));
    }
    let mut out = Vec::new();
    for (ri, run) in doc.runs.iter().enumerate() {
        let tool = &run.tool.driver.name;
        for (i, r) in run.results.iter().enumerate() {
            let at = format!("$.runs[{ri}].results[{i}]");
            let rule = r
                .rule_index
                .and_then(|x| run.tool.driver.rules.get(x))
                .or_else(|| run.tool.driver.rules.iter().find(|x| x.id == r.rule_id));
            let rule_id =
                if r.rule_id.is_empty() { rule.map(|x| x.id.clone()).unwrap_or_default() } else { r.rule_id.clone() };
            if rule_id.is_empty() {
                return Err(Unusable::Broken(Problem::new(at, "import-missing-id").arg("what", "ruleId")));
            }
            let loc = r.locations.first().map(|l| &l.physical_location);
            let uri = loc.map(|l| l.artifact_location.uri.clone()).unwrap_or_default();
            let line = loc.and_then(|l| l.region.start_line).map(|l| l.to_string()).unwrap_or_default();
            let fp = if r.partial_fingerprints.is_empty() {
                fingerprint(Format::Sarif, &[tool, &rule_id, &uri, &line])
            } else {
                let joined: Vec<String> = r.partial_fingerprints.iter().map(|(k, v)| format!("{k}={v}")).collect();
                fingerprint(Format::Sarif, &[tool, &rule_id, &joined.join("&")])
            };
            let sec: Option<f64> = rule.and_then(|x| x.properties.get("security-severity")).and_then(|v| match v {
                serde_json::Value::String(s) => s.parse().ok(),
                serde_json::Value::Number(n) => n.as_f64(),
                _ => None,
            });
            let severity = match (sec, r.level.as_str()) {
                (Some(s), _) if s > 0.0 => weerbaar_core::findings::cvss::severity_of(s).as_str(),
                (_, "error") => "high",
                (_, "note") => "low",
                (_, "none") => "info",
                _ => "medium",
            };
            let title = rule
                .map(|x| {
                    if x.short_description.text.is_empty() { x.name.clone() } else { x.short_description.text.clone() }
                })
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| rule_id.clone());
            let mut description = r.message.text.clone();
            if let Some(x) = rule {
                description.push_str("\n\n");
                description.push_str(&x.full_description.text);
            }
            let asset = if line.is_empty() { uri.clone() } else { format!("{uri} (regel {line})") };
            out.push(Imported {
                fingerprint: fp,
                draft: Draft {
                    title: text::line(&format!("{title} ({rule_id})")),
                    description: text::body(&description),
                    assets: if uri.is_empty() { vec![] } else { vec![text::line(&asset)] },
                    remediation: text::body(&rule.map(|x| x.help.text.clone()).unwrap_or_default()),
                    severity: severity.into(),
                    severity_reason: format!("{tool} {}", if r.level.is_empty() { "warning" } else { &r.level }),
                    ..Default::default()
                },
                at,
            });
        }
    }
    Ok(out)
}
