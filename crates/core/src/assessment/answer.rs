//! One requirement's answer, as the form, the API, a closed action and the CLI hand it
//! over: two maturity scores on the framework's scale, or a result for frameworks
//! without scores; not applicable with a reason; a comment; evidence.

use serde::{Deserialize, Serialize};

use super::Scale;
use crate::findings::named;
use crate::validation::{FieldError, FieldErrors, optional_text};

/// The longest comment or reason.
pub const COMMENT_MAX: usize = 10_000;
/// The most evidence links on one answer.
pub const EVIDENCE_MAX: usize = 50;

named!(
    /// The answer for frameworks without scores; "not applicable" for all.
    Verdict {
        Compliant => "compliant",
        Partly => "partly",
        NotCompliant => "not_compliant",
        NotApplicable => "not_applicable",
    }
);

/// Evidence an answer points to: a toolkit resource the organisation adopted, its
/// approved plan, a finding in the register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Evidence {
    Resource(String),
    Plan,
    Finding(String),
}

impl Evidence {
    /// `resource:slug`, `plan` or `finding:id`, as forms and the API write it.
    pub fn parse(s: &str) -> Option<Evidence> {
        let s = s.trim();
        match s.split_once(':') {
            None if s == "plan" => Some(Evidence::Plan),
            Some(("resource", x)) if !x.trim().is_empty() => Some(Evidence::Resource(x.trim().into())),
            Some(("finding", x)) if !x.trim().is_empty() => Some(Evidence::Finding(x.trim().into())),
            _ => None,
        }
    }
    pub fn code(&self) -> String {
        match self {
            Evidence::Resource(s) => format!("resource:{s}"),
            Evidence::Plan => "plan".into(),
            Evidence::Finding(s) => format!("finding:{s}"),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub documentation: Option<u8>,
    pub implementation: Option<u8>,
    pub verdict: Option<Verdict>,
    /// Why it does not apply (with `NotApplicable`).
    pub reason: String,
    pub comment: String,
    /// The target set for this requirement, when it differs from the default.
    pub target: Option<u8>,
    pub evidence: Vec<Evidence>,
}

/// The answer as received, every field a text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub documentation: String,
    pub implementation: String,
    pub verdict: String,
    pub reason: String,
    pub comment: String,
    pub target: String,
    pub evidence: Vec<String>,
}

impl Draft {
    pub fn of(a: &Answer) -> Draft {
        let n = |v: Option<u8>| v.map(|x| x.to_string()).unwrap_or_default();
        Draft {
            documentation: n(a.documentation),
            implementation: n(a.implementation),
            verdict: a.verdict.map(|v| v.as_str().to_string()).unwrap_or_default(),
            reason: a.reason.clone(),
            comment: a.comment.clone(),
            target: n(a.target),
            evidence: a.evidence.iter().map(Evidence::code).collect(),
        }
    }
}

/// What the rule needs to know.
pub struct Ctx<'a> {
    /// The framework's scale; None: results instead of scores.
    pub scale: Option<&'a Scale>,
    pub evidence_exists: &'a dyn Fn(&Evidence) -> bool,
}

fn score(e: &mut FieldErrors, field: &'static str, input: &str, scale: &Scale) -> Option<u8> {
    let t = input.trim();
    if t.is_empty() {
        return None;
    }
    match t.parse::<u8>() {
        Ok(v) if scale.contains(v) => Some(v),
        _ => {
            e.push(FieldError::new(field, "error-score-range").arg("min", scale.min).arg("max", scale.max));
            None
        }
    }
}

pub fn check(d: &Draft, ctx: &Ctx<'_>) -> Result<Answer, FieldErrors> {
    let mut e = FieldErrors::new();
    let verdict = match d.verdict.trim() {
        "" => None,
        v => match Verdict::parse(v) {
            // With scores, only "not applicable" is a verdict; the scores say the rest.
            Some(x) if ctx.scale.is_none() || x == Verdict::NotApplicable => Some(x),
            _ => {
                e.push(FieldError::new("verdict", "error-choose-option"));
                None
            }
        },
    };
    let (documentation, implementation, target) = match ctx.scale {
        Some(s) => (
            score(&mut e, "documentation", &d.documentation, s),
            score(&mut e, "implementation", &d.implementation, s),
            score(&mut e, "target", &d.target, s),
        ),
        None => {
            for (f, v) in
                [("documentation", &d.documentation), ("implementation", &d.implementation), ("target", &d.target)]
            {
                if !v.trim().is_empty() {
                    e.push(FieldError::new(f, "error-no-scores"));
                }
            }
            (None, None, None)
        }
    };
    let reason = e.check(optional_text("reason", &d.reason, COMMENT_MAX)).flatten().unwrap_or_default();
    let comment = e.check(optional_text("comment", &d.comment, COMMENT_MAX)).flatten().unwrap_or_default();
    if verdict == Some(Verdict::NotApplicable) {
        if reason.is_empty() {
            e.push(FieldError::new("reason", "error-not-applicable-reason"));
        }
        if documentation.is_some() || implementation.is_some() {
            e.push(FieldError::new("verdict", "error-not-applicable-scores"));
        }
    }
    let mut evidence: Vec<Evidence> = Vec::new();
    let kept: Vec<&String> = d.evidence.iter().filter(|s| !s.trim().is_empty()).collect();
    if kept.len() > EVIDENCE_MAX {
        e.push(FieldError::new("evidence", "error-too-many-lines").arg("max", EVIDENCE_MAX));
    } else {
        for s in kept {
            match Evidence::parse(s) {
                Some(x) if (ctx.evidence_exists)(&x) => {
                    if !evidence.contains(&x) {
                        evidence.push(x)
                    }
                }
                _ => {
                    e.push(FieldError::new("evidence", "error-choose-option"));
                    break;
                }
            }
        }
    }
    let a = Answer { documentation, implementation, verdict, reason, comment, target, evidence };
    if e.is_empty() { Ok(a) } else { Err(e) }
}

impl Answer {
    pub fn not_applicable(&self) -> bool {
        self.verdict == Some(Verdict::NotApplicable)
    }
    /// Answered: scored, judged, or set aside as not applicable.
    pub fn answered(&self) -> bool {
        self.documentation.is_some() || self.implementation.is_some() || self.verdict.is_some()
    }
    /// The value that rolls up: the mean of the scores given, or for results a
    /// percentage (compliant 100, partly 50, not compliant 0). None when not answered
    /// or not applicable.
    pub fn value(&self) -> Option<f64> {
        match self.verdict {
            Some(Verdict::NotApplicable) => None,
            Some(Verdict::Compliant) => Some(100.0),
            Some(Verdict::Partly) => Some(50.0),
            Some(Verdict::NotCompliant) => Some(0.0),
            None => match (self.documentation, self.implementation) {
                (Some(a), Some(b)) => Some((f64::from(a) + f64::from(b)) / 2.0),
                (Some(a), None) | (None, Some(a)) => Some(f64::from(a)),
                (None, None) => None,
            },
        }
    }
    /// Below its target: either score under it, or a result short of compliant.
    pub fn is_gap(&self, target: Option<u8>) -> bool {
        match self.verdict {
            Some(Verdict::Partly | Verdict::NotCompliant) => true,
            Some(_) => false,
            None => match target {
                Some(t) => self.documentation.is_some_and(|v| v < t) || self.implementation.is_some_and(|v| v < t),
                None => false,
            },
        }
    }
}
