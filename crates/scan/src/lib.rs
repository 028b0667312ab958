//! Scanner reports as findings. Each format has a streaming parser (XML is read event by
//! event, JSON lines one at a time) that turns results into the register's draft
//! findings, with a fingerprint made from the tool's own stable identifiers (see
//! docs/findings-import.md). Nothing here touches the register: `core::findings`
//! decides what an import changes, the store carries it out.

mod csvfile;
mod greenbone;
mod json;
mod nessus;
mod text;
mod xml;
mod zap;

use std::io::BufRead;

use weerbaar_core::findings::edit::Draft;

/// The formats an import understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Greenbone,
    Nessus,
    Zap,
    Nuclei,
    Sarif,
    Csv,
}

impl Format {
    pub const ALL: [Format; 6] =
        [Format::Greenbone, Format::Nessus, Format::Zap, Format::Nuclei, Format::Sarif, Format::Csv];
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Greenbone => "greenbone",
            Format::Nessus => "nessus",
            Format::Zap => "zap",
            Format::Nuclei => "nuclei",
            Format::Sarif => "sarif",
            Format::Csv => "csv",
        }
    }
    pub fn parse(s: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.as_str() == s)
    }
    /// The name people know the format by.
    pub fn label(self) -> &'static str {
        match self {
            Format::Greenbone => "Greenbone/OpenVAS XML",
            Format::Nessus => "Nessus (.nessus)",
            Format::Zap => "OWASP ZAP (XML/JSON)",
            Format::Nuclei => "Nuclei (JSON lines)",
            Format::Sarif => "SARIF 2.1.0",
            Format::Csv => "CSV (Weerbaar)",
        }
    }
}

/// One result of a report, as a draft finding with its fingerprint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub fingerprint: String,
    pub draft: Draft,
    /// Where in the file it came from, for messages.
    pub at: String,
}

/// Something wrong in a file, with where it is (a line, or a JSON path).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: String,
    /// An i18n message id.
    pub code: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    pub fn new(at: impl Into<String>, code: &'static str) -> Problem {
        Problem { at: at.into(), code, args: vec![] }
    }
    pub fn arg(mut self, name: &'static str, v: impl ToString) -> Problem {
        self.args.push((name, v.to_string()));
        self
    }
}

/// Why a file cannot be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unusable {
    /// The file is of another format than chosen (or of none we know).
    WrongFormat { found: Option<Format> },
    /// Broken, truncated or unsafe (entity declarations), with where.
    Broken(Problem),
    /// More results than one import takes.
    TooMany { max: usize },
}

/// The most results one file may hold.
pub const RESULTS_MAX: usize = 200_000;

/// Recognises a file's format from its first bytes.
pub fn detect(head: &[u8]) -> Option<Format> {
    let s = String::from_utf8_lossy(&head[..head.len().min(8192)]);
    let t = s.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with('<') {
        let root = xml::root_name(t)?;
        return match root.as_str() {
            "report" => Some(Format::Greenbone),
            "NessusClientData_v2" => Some(Format::Nessus),
            "OWASPZAPReport" => Some(Format::Zap),
            _ => None,
        };
    }
    if t.starts_with('{') {
        let first = t.lines().next().unwrap_or("");
        if first.contains("\"template-id\"") || first.contains("\"template_id\"") {
            return Some(Format::Nuclei);
        }
        if t.contains("\"runs\"") && (t.contains("sarif") || t.contains("\"2.1.0\"")) {
            return Some(Format::Sarif);
        }
        if t.contains("\"site\"") || t.contains("\"@programName\"") {
            return Some(Format::Zap);
        }
        return None;
    }
    let first = t.lines().next().unwrap_or("").to_ascii_lowercase();
    (first.contains("title") && first.contains("severity") && first.contains(',')).then_some(Format::Csv)
}

/// Reads a whole report. The file must be of `format`; results come in file order.
pub fn parse(format: Format, input: impl BufRead) -> Result<Vec<Imported>, Unusable> {
    let out = match format {
        Format::Greenbone => greenbone::parse(input),
        Format::Nessus => nessus::parse(input),
        Format::Zap => zap::parse(input),
        Format::Nuclei => json::nuclei(input),
        Format::Sarif => json::sarif(input),
        Format::Csv => csvfile::parse(input),
    }?;
    if out.len() > RESULTS_MAX {
        return Err(Unusable::TooMany { max: RESULTS_MAX });
    }
    Ok(out)
}

/// Checks the format first: a file of another format is named, not misread.
pub fn parse_checked(format: Format, bytes: &[u8]) -> Result<Vec<Imported>, Unusable> {
    let found = detect(bytes);
    if found.is_some_and(|f| f != format) || (found.is_none() && format != Format::Csv && !bytes.is_empty()) {
        // ZAP's JSON and the other JSON formats are told apart by their keys; an empty
        // or unknown file is reported by the parser with where it breaks.
        if found.is_some() || !looks_like(format, bytes) {
            return Err(Unusable::WrongFormat { found });
        }
    }
    parse(format, bytes)
}

fn looks_like(format: Format, bytes: &[u8]) -> bool {
    let t = String::from_utf8_lossy(&bytes[..bytes.len().min(64)]);
    let t = t.trim_start_matches('\u{feff}').trim_start();
    match format {
        Format::Greenbone | Format::Nessus | Format::Zap => {
            t.starts_with('<') || (format == Format::Zap && t.starts_with('{'))
        }
        Format::Nuclei | Format::Sarif => t.starts_with('{'),
        Format::Csv => true,
    }
}

/// The fingerprint: the tool's name and a SHA-256 of its stable identifiers.
pub(crate) fn fingerprint(tool: Format, parts: &[&str]) -> String {
    use sha2::Digest;
    let mut h = sha2::Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0x1f]);
    }
    format!("{}:{}", tool.as_str(), hex::encode(&h.finalize()[..16]))
}
