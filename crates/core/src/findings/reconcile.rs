//! What an import does to the register. A finding is known by its fingerprint (made
//! from the scanning tool's own stable identifiers, never from descriptions or times),
//! within one engagement. Importing the same file twice changes nothing; a later scan
//! reports new, unchanged, reopened (was fixed or closed and is seen again) and not
//! seen (open findings of the same tool the scan no longer reports: flagged for a
//! retest, never closed by an import).

use std::collections::{HashMap, HashSet};

use super::Status;

/// A finding of the engagement that an import may concern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub id: String,
    pub fingerprint: String,
    pub status: Status,
    pub not_seen: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Indexes of the incoming results to create, in file order (first of each fingerprint).
    pub create: Vec<usize>,
    pub unchanged: Vec<String>,
    /// (id, status now, status after): fixed goes back to remediation, closed to confirmed.
    pub reopen: Vec<(String, Status, Status)>,
    /// Open findings the scan did not report; `flag` lists those not flagged yet.
    pub not_seen: Vec<String>,
    pub flag: Vec<String>,
    /// Flagged earlier and seen again: the flag goes.
    pub unflag: Vec<String>,
}

impl Plan {
    /// Whether carrying the plan out changes anything.
    pub fn changes(&self) -> bool {
        !(self.create.is_empty() && self.reopen.is_empty() && self.flag.is_empty() && self.unflag.is_empty())
    }
}

/// `tool` is the fingerprints' prefix (one per format): only findings of the same tool
/// can be "not seen" by this scan.
pub fn plan(known: &[Known], incoming: &[&str], tool: &str) -> Plan {
    let by_fp: HashMap<&str, &Known> = known.iter().map(|k| (k.fingerprint.as_str(), k)).collect();
    let mut seen = HashSet::new();
    let mut p = Plan::default();
    for (i, fp) in incoming.iter().enumerate() {
        if !seen.insert(*fp) {
            continue;
        }
        match by_fp.get(fp) {
            None => p.create.push(i),
            Some(k) => {
                match k.status {
                    Status::Fixed => p.reopen.push((k.id.clone(), k.status, Status::InRemediation)),
                    Status::Closed => p.reopen.push((k.id.clone(), k.status, Status::Confirmed)),
                    _ => p.unchanged.push(k.id.clone()),
                }
                if k.not_seen {
                    p.unflag.push(k.id.clone());
                }
            }
        }
    }
    let prefix = format!("{tool}:");
    for k in known {
        let open = matches!(k.status, Status::New | Status::Confirmed | Status::InRemediation);
        if open && k.fingerprint.starts_with(&prefix) && !seen.contains(k.fingerprint.as_str()) {
            p.not_seen.push(k.id.clone());
            if !k.not_seen {
                p.flag.push(k.id.clone());
            }
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(id: &str, fp: &str, status: Status, not_seen: bool) -> Known {
        Known { id: id.into(), fingerprint: fp.into(), status, not_seen }
    }

    #[test]
    fn same_file_twice_changes_nothing() {
        let first = plan(&[], &["nessus:a", "nessus:b", "nessus:a"], "nessus");
        assert_eq!(first.create, [0, 1]);
        let known = [k("1", "nessus:a", Status::New, false), k("2", "nessus:b", Status::New, false)];
        let again = plan(&known, &["nessus:a", "nessus:b", "nessus:a"], "nessus");
        assert!(!again.changes());
        assert_eq!(again.unchanged, ["1", "2"]);
    }

    #[test]
    fn a_later_scan_reports_new_reopened_and_not_seen() {
        let known = [
            k("1", "nessus:a", Status::Confirmed, false),
            k("2", "nessus:b", Status::Closed, false),
            k("3", "nessus:c", Status::InRemediation, false),
            k("4", "nessus:d", Status::Fixed, false),
            k("5", "zap:e", Status::New, false),
            k("6", "nessus:f", Status::FalsePositive, false),
            k("7", "nessus:g", Status::New, true),
        ];
        let p = plan(&known, &["nessus:a", "nessus:b", "nessus:d", "nessus:g", "nessus:new"], "nessus");
        assert_eq!(p.create, [4]);
        assert_eq!(p.unchanged, ["1", "7"]);
        assert_eq!(
            p.reopen,
            [("2".into(), Status::Closed, Status::Confirmed), ("4".into(), Status::Fixed, Status::InRemediation)]
        );
        assert_eq!(p.not_seen, ["3"], "the zap finding and the false positive are not this scan's business");
        assert_eq!(p.flag, ["3"]);
        assert_eq!(p.unflag, ["7"]);
        // Importing that scan again: the flag is already there.
        let after = [
            k("1", "nessus:a", Status::Confirmed, false),
            k("2", "nessus:b", Status::Confirmed, false),
            k("3", "nessus:c", Status::InRemediation, true),
            k("4", "nessus:d", Status::InRemediation, false),
            k("5", "zap:e", Status::New, false),
            k("6", "nessus:f", Status::FalsePositive, false),
            k("7", "nessus:g", Status::New, false),
            k("8", "nessus:new", Status::New, false),
        ];
        let again = plan(&after, &["nessus:a", "nessus:b", "nessus:d", "nessus:g", "nessus:new"], "nessus");
        assert!(!again.changes(), "{again:?}");
        assert_eq!(again.not_seen, ["3"]);
    }
}
