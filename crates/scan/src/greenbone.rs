//! Greenbone/OpenVAS XML reports (`<report><report><results><result>`). Fingerprint:
//! the NVT's OID, the host and the port with its protocol.

use std::io::BufRead;

use weerbaar_core::findings::edit::Draft;

use crate::xml::{Ev, attr, ends, walk};
use crate::{Format, Imported, Problem, Unusable, fingerprint, text};

#[derive(Default)]
struct Cur {
    line: usize,
    oid: String,
    name: String,
    host: String,
    port: String,
    severity: String,
    threat: String,
    description: String,
    tags: String,
    solution: String,
    vector: String,
    refs: Vec<String>,
}

fn tag<'a>(tags: &'a str, key: &str) -> &'a str {
    tags.split('|').find_map(|p| p.strip_prefix(key).and_then(|r| r.strip_prefix('='))).unwrap_or("")
}

pub fn severity_band(score: &str, log: bool) -> &'static str {
    let s: f64 = score.trim().parse().unwrap_or(0.0);
    if log || s <= 0.0 { "info" } else { weerbaar_core::findings::cvss::severity_of(s).as_str() }
}

pub fn parse(input: impl BufRead) -> Result<Vec<Imported>, Unusable> {
    let mut out = Vec::new();
    let mut cur: Option<Cur> = None;
    let mut root_ok = None;
    walk(input, |ev, line| {
        match ev {
            Ev::Start { path, attrs } => {
                if root_ok.is_none() {
                    root_ok = Some(path[0] == "report");
                    if path[0] != "report" {
                        return Err(Problem::new(format!("line {line}"), "import-wrong-root").arg("root", &path[0]));
                    }
                }
                if ends(path, &["results", "result"]) {
                    cur = Some(Cur { line, ..Default::default() });
                } else if let Some(c) = cur.as_mut() {
                    if ends(path, &["result", "nvt"]) {
                        c.oid = attr(attrs, "oid").to_string();
                    } else if ends(path, &["refs", "ref"]) {
                        let (t, id) = (attr(attrs, "type"), attr(attrs, "id"));
                        if matches!(t, "cve" | "url" | "cwe") && !id.is_empty() {
                            c.refs.push(id.to_string());
                        }
                    }
                }
            }
            Ev::End { path, text } => {
                if ends(path, &["results", "result"]) {
                    if let Some(c) = cur.take() {
                        out.push(finish(c)?);
                    }
                    return Ok(());
                }
                let Some(c) = cur.as_mut() else { return Ok(()) };
                let t = text.trim();
                if ends(path, &["result", "name"]) {
                    c.name = t.into();
                } else if ends(path, &["result", "host"]) {
                    c.host = t.into();
                } else if ends(path, &["result", "port"]) {
                    c.port = t.into();
                } else if ends(path, &["result", "severity"]) {
                    c.severity = t.into();
                } else if ends(path, &["result", "threat"]) {
                    c.threat = t.into();
                } else if ends(path, &["result", "description"]) {
                    c.description = text.into();
                } else if ends(path, &["nvt", "name"]) && c.name.is_empty() {
                    c.name = t.into();
                } else if ends(path, &["nvt", "tags"]) {
                    c.tags = text.into();
                } else if ends(path, &["nvt", "solution"]) {
                    c.solution = text.into();
                } else if ends(path, &["severities", "severity", "value"])
                    && (t.starts_with("CVSS:3.1/") || t.starts_with("CVSS:4.0/"))
                {
                    c.vector = t.into();
                }
            }
        }
        Ok(())
    })?;
    Ok(out)
}

fn finish(c: Cur) -> Result<Imported, Problem> {
    let at = format!("line {}", c.line);
    if c.oid.is_empty() || c.host.is_empty() {
        return Err(Problem::new(at, "import-missing-id").arg("what", "nvt oid / host"));
    }
    let mut description = String::new();
    for (label, key) in [("", "summary"), ("", "insight"), ("", "impact"), ("", "affected")] {
        let v = tag(&c.tags, key);
        if !v.is_empty() {
            description.push_str(label);
            description.push_str(v);
            description.push_str("\n\n");
        }
    }
    if !c.description.trim().is_empty() {
        description.push_str(&c.description);
    }
    let solution = if c.solution.trim().is_empty() { tag(&c.tags, "solution").to_string() } else { c.solution };
    let (port, proto) = c.port.split_once('/').unwrap_or((c.port.as_str(), ""));
    let asset = if port.bytes().all(|b| b.is_ascii_digit()) && !port.is_empty() {
        format!("{}:{port}/{proto}", c.host)
    } else {
        c.host.clone()
    };
    let severity = severity_band(&c.severity, c.threat == "Log");
    Ok(Imported {
        fingerprint: fingerprint(Format::Greenbone, &[&c.oid, &c.host, &c.port]),
        draft: Draft {
            title: text::line(&c.name),
            description: text::body(&description),
            assets: vec![asset],
            remediation: text::body(&solution),
            references: c.refs,
            cvss_vector: c.vector,
            severity: severity.into(),
            severity_reason: format!("Greenbone {}", c.severity.trim()),
            ..Default::default()
        },
        at,
    })
}
