//! Our own CSV (docs/findings-csv.md), for auditors who deliver Word or Excel.
//! Columns by name: `id` (the auditor's own reference, required: it is the
//! fingerprint), `title`, `severity`, `cvss_vector`, `description`, `assets` and
//! `references` (several separated by `;`), `remediation`, `severity_reason`.

use std::io::BufRead;

use weerbaar_core::findings::edit::Draft;

use crate::{Format, Imported, Problem, Unusable, fingerprint};

pub const COLUMNS: [&str; 9] =
    ["id", "title", "severity", "cvss_vector", "severity_reason", "description", "assets", "remediation", "references"];

pub fn parse(input: impl BufRead) -> Result<Vec<Imported>, Unusable> {
    let mut r = csv::ReaderBuilder::new().flexible(false).trim(csv::Trim::Headers).from_reader(input);
    let headers = r
        .headers()
        .map_err(|_| Unusable::Broken(Problem::new("line 1", "import-csv-header")))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_ascii_lowercase())
        .collect::<Vec<_>>();
    for required in ["id", "title", "severity"] {
        if !headers.iter().any(|h| h == required) {
            return Err(Unusable::Broken(Problem::new("line 1", "import-csv-column").arg("column", required)));
        }
    }
    if let Some(unknown) = headers.iter().find(|h| !COLUMNS.contains(&h.as_str())) {
        return Err(Unusable::Broken(Problem::new("line 1", "import-csv-unknown").arg("column", unknown)));
    }
    let col = |rec: &csv::StringRecord, name: &str| -> String {
        headers.iter().position(|h| h == name).and_then(|i| rec.get(i)).unwrap_or("").to_string()
    };
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for rec in r.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            Unusable::Broken(Problem::new(format!("line {line}"), "import-csv-row"))
        })?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let at = format!("line {line}");
        let id = col(&rec, "id").trim().to_string();
        if id.is_empty() {
            return Err(Unusable::Broken(Problem::new(at, "import-csv-id")));
        }
        if !seen.insert(id.clone()) {
            return Err(Unusable::Broken(Problem::new(at, "import-csv-id-twice").arg("id", &id)));
        }
        let split =
            |s: String| s.split(';').map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect::<Vec<_>>();
        out.push(Imported {
            fingerprint: fingerprint(Format::Csv, &[&id]),
            draft: Draft {
                title: col(&rec, "title"),
                description: col(&rec, "description"),
                assets: split(col(&rec, "assets")),
                remediation: col(&rec, "remediation"),
                references: split(col(&rec, "references")),
                cvss_vector: col(&rec, "cvss_vector"),
                severity: col(&rec, "severity").trim().to_ascii_lowercase(),
                severity_reason: {
                    let r = col(&rec, "severity_reason");
                    if r.trim().is_empty() { "Auditor".to_string() } else { r }
                },
                ..Default::default()
            },
            at,
        });
    }
    Ok(out)
}
