//! A gap becomes an action in the findings register: the finding's fields made from the
//! requirement, checked afterwards by the register's own rules like any other finding.

use super::answer::{Answer, Verdict};
use super::{Framework, Node};
use crate::findings::Severity;
use crate::findings::edit::Draft;

/// Labels the caller translates.
pub struct Words<'a> {
    /// "Self-assessment gap: {detail}".
    pub reason: &'a dyn Fn(&str) -> String,
}

/// How serious a gap is for the register: a key measure far below target or not met at
/// all is high, other gaps medium, a small shortfall low.
pub fn severity(node: &Node, a: &Answer, target: Option<u8>) -> Severity {
    let shortfall = match (a.verdict, target) {
        (Some(Verdict::NotCompliant), _) => 2,
        (Some(_), _) => 1,
        (None, Some(t)) => {
            let low = [a.documentation, a.implementation].into_iter().flatten().min().unwrap_or(t);
            t.saturating_sub(low)
        }
        (None, None) => 0,
    };
    match (node.key, shortfall) {
        (true, s) if s >= 2 => Severity::High,
        (_, s) if s >= 2 => Severity::Medium,
        (true, _) => Severity::Medium,
        _ => Severity::Low,
    }
}

/// The draft finding for the gap on requirement `i`.
pub fn draft(f: &Framework, i: usize, a: &Answer, lang: &str, owner: &str, due: &str, words: &Words<'_>) -> Draft {
    let n = &f.nodes[i];
    let target = f.target_of(n).map(|t| a.target.unwrap_or(t));
    let title = format!("{} {}", n.ref_id, n.title(lang)).trim().to_string();
    let title: String = title.chars().take(crate::bcp::model::LINE_MAX).collect();
    let mut description = n.description.get(lang).to_string();
    if !a.comment.is_empty() {
        description = format!("{description}\n\n{}", a.comment);
    }
    let detail = match (a.verdict, target) {
        (Some(v), _) => v.as_str().replace('_', " "),
        (None, Some(t)) => format!(
            "{}/{} → {t}",
            a.documentation.map(|v| v.to_string()).unwrap_or_else(|| "–".into()),
            a.implementation.map(|v| v.to_string()).unwrap_or_else(|| "–".into())
        ),
        (None, None) => String::new(),
    };
    Draft {
        title,
        description: description.trim().to_string(),
        remediation: n.guidance.get(lang).to_string(),
        severity: severity(n, a, target).as_str().to_string(),
        severity_reason: (words.reason)(&detail),
        owner_email: owner.to_string(),
        due: due.to_string(),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Format, import};
    use crate::findings::edit;

    #[test]
    fn a_gap_makes_a_finding_the_register_accepts() {
        let mut f = import(Format::CisoAssistantYaml, include_bytes!("../../tests/fixtures/ciso-small.yaml")).unwrap();
        let i = f.index_of("PR.AA-1").unwrap();
        f.nodes[i].key = true;
        let a = Answer {
            documentation: Some(1),
            implementation: Some(2),
            comment: "Alleen VPN.".into(),
            ..Default::default()
        };
        let words = Words { reason: &|d| format!("Zelfevaluatie: {d}") };
        let d = draft(&f, i, &a, "nl", "it@gemeente.test", "2027-03-01", &words);
        assert_eq!(d.title, "PR.AA-1 Meervoudige authenticatie");
        assert_eq!(d.severity, "high");
        assert_eq!(d.severity_reason, "Zelfevaluatie: 1/2 → 3");
        assert!(d.description.ends_with("Alleen VPN."));
        let ctx = edit::Ctx { engagement_exists: &|_| false, resource_exists: &|_| false };
        let fields = edit::check(&d, &ctx).unwrap();
        assert_eq!(fields.severity, Severity::High);
        // Not a key measure, one below: low.
        let j = f.index_of("ID.AM-1").unwrap();
        assert_eq!(
            severity(&f.nodes[j], &Answer { documentation: Some(2), ..Default::default() }, Some(3)),
            Severity::Low
        );
        assert_eq!(
            severity(&f.nodes[j], &Answer { verdict: Some(Verdict::NotCompliant), ..Default::default() }, None),
            Severity::Medium
        );
        // A bad owner address is the register's rule, not ours.
        let bad = draft(&f, i, &a, "nl", "not an address", "", &words);
        assert!(edit::check(&bad, &ctx).unwrap_err().for_field("owner_email").is_some());
    }
}
