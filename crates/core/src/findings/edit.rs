//! A finding's fields, as the form, the API, the CSV import and the CLI hand them over.

use jiff::civil::Date;

use super::{Asset, Cvss, Severity};
use crate::bcp::edit::{choice, date, done, email, required, text};
use crate::bcp::model::LINE_MAX;
use crate::validation::{FieldError, FieldErrors};

/// The most assets or references one finding lists.
pub const ITEMS_MAX: usize = 200;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub title: String,
    pub description: String,
    /// One asset per line: `host`, `host:port`, `host:port/protocol`, a URL, or an
    /// application's name.
    pub assets: Vec<String>,
    pub remediation: String,
    /// CVE and CWE identifiers or web addresses, one per item.
    pub references: Vec<String>,
    pub cvss_vector: String,
    /// Without a vector: the severity set by hand, and why.
    pub severity: String,
    pub severity_reason: String,
    pub owner_email: String,
    pub due: String,
    pub engagement: String,
    pub resources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Fields {
    pub title: String,
    pub description: String,
    pub assets: Vec<Asset>,
    pub remediation: String,
    pub references: Vec<String>,
    pub cvss: Option<Cvss>,
    pub severity: Severity,
    pub severity_reason: String,
    pub owner_email: String,
    pub due: Option<Date>,
    pub engagement: Option<String>,
    pub resources: Vec<String>,
}

/// What the rule asks of the organisation's data.
pub struct Ctx<'a> {
    pub engagement_exists: &'a dyn Fn(&str) -> bool,
    pub resource_exists: &'a dyn Fn(&str) -> bool,
}

pub fn check(d: &Draft, ctx: &Ctx<'_>) -> Result<Fields, FieldErrors> {
    let mut e = FieldErrors::new();
    let title = required(&mut e, "title", &d.title, LINE_MAX);
    let description = text(&mut e, "description", &d.description);
    let assets = items(&mut e, "assets", &d.assets, parse_asset);
    let remediation = text(&mut e, "remediation", &d.remediation);
    let references = items(&mut e, "references", &d.references, parse_reference);
    let cvss =
        if d.cvss_vector.trim().is_empty() { None } else { e.check(super::cvss::parse("cvss_vector", &d.cvss_vector)) };
    let (severity, severity_reason) = match &cvss {
        Some(c) => (super::cvss::severity_of(c.score), String::new()),
        None if !d.cvss_vector.trim().is_empty() => (Severity::Info, String::new()),
        None => {
            let s = choice(&mut e, "severity", &d.severity, Severity::parse);
            let reason = text(&mut e, "severity_reason", &d.severity_reason);
            if s.is_some() && reason.is_empty() {
                e.push(FieldError::new("severity_reason", "error-severity-reason"));
            }
            (s.unwrap_or(Severity::Info), reason)
        }
    };
    let owner_email = email(&mut e, "owner_email", &d.owner_email);
    let due = date(&mut e, "due", &d.due);
    let engagement = match d.engagement.trim() {
        "" => None,
        id if (ctx.engagement_exists)(id) => Some(id.to_string()),
        _ => {
            e.push(FieldError::new("engagement", "error-choose-option"));
            None
        }
    };
    let mut resources = Vec::new();
    for r in d.resources.iter().map(|r| r.trim()).filter(|r| !r.is_empty()) {
        if !(ctx.resource_exists)(r) {
            e.push(FieldError::new("resources", "error-choose-option"));
            break;
        }
        if !resources.iter().any(|x| x == r) {
            resources.push(r.to_string());
        }
    }
    let f = Fields {
        title,
        description,
        assets,
        remediation,
        references,
        cvss,
        severity,
        severity_reason,
        owner_email,
        due,
        engagement,
        resources,
    };
    done(e, f)
}

fn items<T>(e: &mut FieldErrors, field: &'static str, input: &[String], parse: impl Fn(&str) -> Option<T>) -> Vec<T> {
    let kept: Vec<&str> = input.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
    if kept.len() > ITEMS_MAX {
        e.push(FieldError::new(field, "error-too-many-lines").arg("max", ITEMS_MAX));
        return vec![];
    }
    let mut out = Vec::new();
    for (i, s) in kept.iter().enumerate() {
        if s.chars().count() > LINE_MAX || s.chars().any(|c| c.is_control() || crate::validation::is_disguising(c)) {
            e.push(FieldError::new(field, "error-finding-item").arg("line", i + 1));
            return vec![];
        }
        match parse(s) {
            Some(v) => out.push(v),
            None => {
                e.push(FieldError::new(field, "error-finding-item").arg("line", i + 1));
                return vec![];
            }
        }
    }
    out
}

/// `host`, `host:port`, `host:port/protocol`, a web address, or else an application.
pub fn parse_asset(s: &str) -> Option<Asset> {
    let s = s.trim();
    if s.starts_with("http://") || s.starts_with("https://") {
        return Some(Asset { url: s.to_string(), ..Default::default() });
    }
    let name_chars = |h: &str| !h.is_empty() && h.bytes().all(|b| b.is_ascii_alphanumeric() || b".-_:[]".contains(&b));
    let (main, protocol) = match s.rsplit_once('/') {
        Some((m, p)) if matches!(p, "tcp" | "udp") => (m, p),
        _ => (s, ""),
    };
    let (host, port) = match main.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(':') && p.bytes().all(|b| b.is_ascii_digit()) && !p.is_empty() => {
            (h, Some(p.parse::<u16>().ok()?))
        }
        _ => (main, None),
    };
    // A name with a dot or a port is a host (srv-file01:445); a lone word is an application.
    if name_chars(host) && (host.contains(['.', ':']) || port.is_some() || !protocol.is_empty()) {
        Some(Asset { host: host.to_string(), port, protocol: protocol.to_string(), ..Default::default() })
    } else if protocol.is_empty() && port.is_none() {
        Some(Asset { application: s.to_string(), ..Default::default() })
    } else {
        None
    }
}

/// CVE-YYYY-NNNN…, CWE-N, or a web address; identifiers are written in capitals.
pub fn parse_reference(s: &str) -> Option<String> {
    let s = s.trim();
    let up = s.to_ascii_uppercase();
    if let Some(rest) = up.strip_prefix("CVE-") {
        let (year, num) = rest.split_once('-')?;
        let ok = year.len() == 4 && num.len() >= 4 && (year.bytes().chain(num.bytes())).all(|b| b.is_ascii_digit());
        return ok.then_some(up);
    }
    if let Some(num) = up.strip_prefix("CWE-") {
        return (!num.is_empty() && num.len() <= 6 && num.bytes().all(|b| b.is_ascii_digit())).then_some(up);
    }
    if (s.starts_with("https://") || s.starts_with("http://")) && !s.contains(char::is_whitespace) {
        return Some(s.to_string());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> Ctx<'static> {
        Ctx { engagement_exists: &|id| id == "e1", resource_exists: &|id| id == "r1" }
    }

    #[test]
    fn a_vector_sets_the_severity_and_without_one_a_reason_is_needed() {
        let d = Draft {
            title: "SMBv1 aan".into(),
            cvss_vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H".into(),
            ..Default::default()
        };
        let f = check(&d, &ctx()).unwrap();
        assert_eq!(f.severity, Severity::Critical);
        assert_eq!(f.cvss.unwrap().score, 9.8);
        let by_hand = Draft { title: "x".into(), severity: "high".into(), ..Default::default() };
        let e = check(&by_hand, &ctx()).unwrap_err();
        assert_eq!(e.iter().map(|e| e.code).collect::<Vec<_>>(), ["error-severity-reason"]);
        let ok = Draft { severity_reason: "Auditor: hoog".into(), ..by_hand };
        assert_eq!(check(&ok, &ctx()).unwrap().severity, Severity::High);
        let bad = Draft { title: "x".into(), cvss_vector: "CVSS:3.1/AV:Q".into(), ..Default::default() };
        let e = check(&bad, &ctx()).unwrap_err();
        assert_eq!(e.iter().map(|e| (e.field, e.code)).collect::<Vec<_>>(), [("cvss_vector", "error-cvss-vector")]);
    }

    #[test]
    fn assets_and_references() {
        assert_eq!(
            parse_asset("10.0.0.5:445/tcp"),
            Some(Asset { host: "10.0.0.5".into(), port: Some(445), protocol: "tcp".into(), ..Default::default() })
        );
        assert_eq!(parse_asset("mail.voorbeeld.be").unwrap().host, "mail.voorbeeld.be");
        assert_eq!(parse_asset("https://loket.voorbeeld.be/login").unwrap().url, "https://loket.voorbeeld.be/login");
        assert_eq!(parse_asset("Burgerzaken-toepassing").unwrap().application, "Burgerzaken-toepassing");
        assert_eq!(parse_asset("10.0.0.5:99999"), None);
        assert_eq!(parse_asset("srv-file01:445/tcp").unwrap().host, "srv-file01");
        assert_eq!(parse_reference("cve-2021-44228"), Some("CVE-2021-44228".into()));
        assert_eq!(parse_reference("CWE-79"), Some("CWE-79".into()));
        assert_eq!(parse_reference("CVE-21-1"), None);
        assert_eq!(parse_reference("zie rapport"), None);
        let d = Draft {
            title: "x".into(),
            severity: "low".into(),
            severity_reason: "r".into(),
            references: vec!["CVE-2021-44228".into(), "zie rapport".into()],
            engagement: "e2".into(),
            resources: vec!["r1".into(), "r1".into()],
            ..Default::default()
        };
        let e = check(&d, &ctx()).unwrap_err();
        let got: Vec<_> = e.iter().map(|e| (e.field, e.code, e.args.clone())).collect();
        assert_eq!(got[0], ("references", "error-finding-item", vec![("line", "2".to_string())]));
        assert_eq!(got[1].0, "engagement");
    }
}
