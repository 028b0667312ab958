//! Nessus v2 files (`<NessusClientData_v2><Report><ReportHost><ReportItem>`).
//! Fingerprint: the plugin id, the host and the port with its protocol.

use std::io::BufRead;

use weerbaar_core::findings::edit::Draft;

use crate::xml::{Ev, attr, ends, walk};
use crate::{Format, Imported, Problem, Unusable, fingerprint, text};

#[derive(Default)]
struct Cur {
    line: usize,
    plugin: String,
    name: String,
    port: String,
    protocol: String,
    severity: String,
    synopsis: String,
    description: String,
    solution: String,
    vector: String,
    refs: Vec<String>,
}

pub fn parse(input: impl BufRead) -> Result<Vec<Imported>, Unusable> {
    let mut out = Vec::new();
    let mut host = String::new();
    let mut cur: Option<Cur> = None;
    let mut first = true;
    walk(input, |ev, line| {
        match ev {
            Ev::Start { path, attrs } => {
                if first {
                    first = false;
                    if path[0] != "NessusClientData_v2" {
                        return Err(Problem::new(format!("line {line}"), "import-wrong-root").arg("root", &path[0]));
                    }
                }
                if ends(path, &["Report", "ReportHost"]) {
                    host = attr(attrs, "name").to_string();
                } else if ends(path, &["ReportHost", "ReportItem"]) {
                    cur = Some(Cur {
                        line,
                        plugin: attr(attrs, "pluginID").into(),
                        name: attr(attrs, "pluginName").into(),
                        port: attr(attrs, "port").into(),
                        protocol: attr(attrs, "protocol").into(),
                        severity: attr(attrs, "severity").into(),
                        ..Default::default()
                    });
                }
            }
            Ev::End { path, text } => {
                if ends(path, &["ReportHost", "ReportItem"]) {
                    if let Some(c) = cur.take() {
                        out.push(finish(c, &host)?);
                    }
                    return Ok(());
                }
                let Some(c) = cur.as_mut() else { return Ok(()) };
                let t = text.trim();
                match path.last().map(String::as_str) {
                    Some("synopsis") => c.synopsis = text.into(),
                    Some("description") => c.description = text.into(),
                    Some("solution") => c.solution = text.into(),
                    Some("cvss3_vector") if t.starts_with("CVSS:3.1/") => c.vector = t.into(),
                    Some("cvss4_vector") if t.starts_with("CVSS:4.0/") => c.vector = t.into(),
                    Some("cve") if !t.is_empty() => c.refs.push(t.into()),
                    Some("cwe") if !t.is_empty() => c.refs.push(format!("CWE-{}", t.trim_start_matches("CWE-"))),
                    Some("see_also") => {
                        c.refs.extend(t.split_whitespace().filter(|u| u.starts_with("http")).map(str::to_string))
                    }
                    _ => {}
                }
            }
        }
        Ok(())
    })?;
    Ok(out)
}

fn finish(c: Cur, host: &str) -> Result<Imported, Problem> {
    let at = format!("line {}", c.line);
    if c.plugin.is_empty() || host.is_empty() {
        return Err(Problem::new(at, "import-missing-id").arg("what", "pluginID / ReportHost name"));
    }
    let severity = match c.severity.as_str() {
        "4" => "critical",
        "3" => "high",
        "2" => "medium",
        "1" => "low",
        _ => "info",
    };
    let asset =
        if c.port.is_empty() || c.port == "0" { host.to_string() } else { format!("{host}:{}/{}", c.port, c.protocol) };
    let description = format!("{}\n\n{}", c.synopsis.trim(), c.description.trim());
    Ok(Imported {
        fingerprint: fingerprint(Format::Nessus, &[&c.plugin, host, &c.port, &c.protocol]),
        draft: Draft {
            title: text::line(&c.name),
            description: text::body(&description),
            assets: vec![asset],
            remediation: text::body(&c.solution),
            references: c.refs,
            cvss_vector: c.vector,
            severity: severity.into(),
            severity_reason: format!("Nessus severity {}", c.severity),
            ..Default::default()
        },
        at,
    })
}
