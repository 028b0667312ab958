//! OWASP ZAP reports, XML (`<OWASPZAPReport><site><alerts><alertitem>`) and JSON
//! (`{"site":[{"alerts":[…]}]}`). One finding per alert and address: fingerprint is
//! the plugin id, the method and the URL with its query values left out.

use std::io::BufRead;

use serde::Deserialize;
use weerbaar_core::findings::edit::Draft;

use crate::xml::{Ev, attr, ends, walk};
use crate::{Format, Imported, Problem, Unusable, fingerprint, text};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Alert {
    pluginid: String,
    alert: String,
    name: String,
    riskcode: String,
    desc: String,
    solution: String,
    reference: String,
    cweid: String,
    instances: Vec<Instance>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Instance {
    uri: String,
    method: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Site {
    #[serde(rename = "@name")]
    name: String,
    alerts: Vec<Alert>,
}

#[derive(Debug, Deserialize)]
struct Report {
    site: Vec<Site>,
}

pub fn parse(mut input: impl BufRead) -> Result<Vec<Imported>, Unusable> {
    let head = input.fill_buf().map_err(|_| Unusable::Broken(Problem::new("line 1", "import-broken-xml")))?;
    let json =
        head.iter().find(|b| !b.is_ascii_whitespace() && **b != 0xef && **b != 0xbb && **b != 0xbf) == Some(&b'{');
    if json { parse_json(input) } else { parse_xml(input) }
}

fn parse_json(input: impl BufRead) -> Result<Vec<Imported>, Unusable> {
    let r: Report = serde_json::from_reader(input).map_err(|e| crate::json::broken(&e, "$"))?;
    let mut out = Vec::new();
    for (si, s) in r.site.into_iter().enumerate() {
        for (ai, a) in s.alerts.into_iter().enumerate() {
            let at = format!("$.site[{si}].alerts[{ai}]");
            emit(&mut out, a, &s.name, &at).map_err(Unusable::Broken)?;
        }
    }
    Ok(out)
}

fn parse_xml(input: impl BufRead) -> Result<Vec<Imported>, Unusable> {
    let mut out = Vec::new();
    let mut site = String::new();
    let mut cur: Option<(Alert, usize)> = None;
    let mut inst: Option<Instance> = None;
    let mut first = true;
    walk(input, |ev, line| {
        match ev {
            Ev::Start { path, attrs } => {
                if first {
                    first = false;
                    if path[0] != "OWASPZAPReport" {
                        return Err(Problem::new(format!("line {line}"), "import-wrong-root").arg("root", &path[0]));
                    }
                }
                if ends(path, &["OWASPZAPReport", "site"]) {
                    site = attr(attrs, "name").to_string();
                } else if ends(path, &["alerts", "alertitem"]) {
                    cur = Some((Alert::default(), line));
                } else if ends(path, &["instances", "instance"]) {
                    inst = Some(Instance::default());
                }
            }
            Ev::End { path, text } => {
                if ends(path, &["alerts", "alertitem"]) {
                    if let Some((a, l)) = cur.take() {
                        emit(&mut out, a, &site, &format!("line {l}"))?;
                    }
                    return Ok(());
                }
                if ends(path, &["instances", "instance"]) {
                    if let (Some(i), Some((a, _))) = (inst.take(), cur.as_mut()) {
                        a.instances.push(i);
                    }
                    return Ok(());
                }
                if let Some(i) = inst.as_mut() {
                    match path.last().map(String::as_str) {
                        Some("uri") => i.uri = text.trim().into(),
                        Some("method") => i.method = text.trim().into(),
                        _ => {}
                    }
                    return Ok(());
                }
                let Some((a, _)) = cur.as_mut() else { return Ok(()) };
                match path.last().map(String::as_str) {
                    Some("pluginid") => a.pluginid = text.trim().into(),
                    Some("alert") => a.alert = text.trim().into(),
                    Some("name") => a.name = text.trim().into(),
                    Some("riskcode") => a.riskcode = text.trim().into(),
                    Some("desc") => a.desc = text.into(),
                    Some("solution") => a.solution = text.into(),
                    Some("reference") => a.reference = text.into(),
                    Some("cweid") => a.cweid = text.trim().into(),
                    _ => {}
                }
            }
        }
        Ok(())
    })?;
    Ok(out)
}

fn emit(out: &mut Vec<Imported>, a: Alert, site: &str, at: &str) -> Result<(), Problem> {
    if a.pluginid.is_empty() {
        return Err(Problem::new(at, "import-missing-id").arg("what", "pluginid"));
    }
    let severity = match a.riskcode.as_str() {
        "3" => "high",
        "2" => "medium",
        "1" => "low",
        _ => "info",
    };
    let mut refs: Vec<String> = text::from_html(&a.reference)
        .split_whitespace()
        .filter(|u| u.starts_with("http"))
        .map(str::to_string)
        .collect();
    if a.cweid.bytes().all(|b| b.is_ascii_digit()) && !a.cweid.is_empty() && a.cweid != "0" {
        refs.push(format!("CWE-{}", a.cweid));
    }
    let instances =
        if a.instances.is_empty() { vec![Instance { uri: site.into(), method: String::new() }] } else { a.instances };
    for i in instances {
        let url = text::url_without_query_values(&i.uri);
        out.push(Imported {
            fingerprint: fingerprint(Format::Zap, &[&a.pluginid, &i.method, &url]),
            draft: Draft {
                title: text::line(if a.alert.is_empty() { &a.name } else { &a.alert }),
                description: text::from_html(&a.desc),
                assets: if url.is_empty() { vec![] } else { vec![text::line(&url)] },
                remediation: text::from_html(&a.solution),
                references: refs.clone(),
                severity: severity.into(),
                severity_reason: format!("ZAP riskcode {}", a.riskcode),
                ..Default::default()
            },
            at: at.to_string(),
        });
    }
    Ok(())
}
