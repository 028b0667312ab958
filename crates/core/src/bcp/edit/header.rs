//! The plan's own fields (step 1) and its impact scale.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::{DOMAINS_MAX, HOURS_MAX, done, email, line, text};
use crate::bcp::bia;
use crate::bcp::model::{ImpactCategory, LINE_MAX, MAX_LEVEL, PlanHeader, Scale};
use crate::validation::{self, FieldError, FieldErrors, Num};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub scope: String,
    pub objectives: String,
    pub assumptions: String,
    pub owner_name: String,
    pub owner_email: String,
    pub classification: String,
    /// YYYY-MM-DD or empty.
    pub next_review: String,
    /// As typed or sent: "@voorbeeld.be", "Voorbeeld.be ".
    pub own_domains: Vec<String>,
}

impl Draft {
    pub fn of(h: &PlanHeader) -> Draft {
        Draft {
            scope: h.scope.clone(),
            objectives: h.objectives.clone(),
            assumptions: h.assumptions.clone(),
            owner_name: h.owner_name.clone(),
            owner_email: h.owner_email.clone(),
            classification: h.classification.clone(),
            next_review: h.next_review.map(|d| d.to_string()).unwrap_or_default(),
            own_domains: h.own_domains.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Fields {
    pub scope: String,
    pub objectives: String,
    pub assumptions: String,
    pub owner_name: String,
    pub owner_email: String,
    pub classification: String,
    pub next_review: Option<Date>,
    pub own_domains: Vec<String>,
}

impl From<&PlanHeader> for Fields {
    fn from(h: &PlanHeader) -> Fields {
        Fields {
            scope: h.scope.clone(),
            objectives: h.objectives.clone(),
            assumptions: h.assumptions.clone(),
            owner_name: h.owner_name.clone(),
            owner_email: h.owner_email.clone(),
            classification: h.classification.clone(),
            next_review: h.next_review,
            own_domains: h.own_domains.clone(),
        }
    }
}

impl Fields {
    pub fn apply(self, h: &mut PlanHeader) {
        h.scope = self.scope;
        h.objectives = self.objectives;
        h.assumptions = self.assumptions;
        h.owner_name = self.owner_name;
        h.owner_email = self.owner_email;
        h.classification = self.classification;
        h.next_review = self.next_review;
        h.own_domains = self.own_domains;
    }
}

/// What is saved but worth a second look: a next review that is already past.
pub fn warnings(next_review: Option<Date>, today: Date) -> FieldErrors {
    let mut w = FieldErrors::new();
    if let Some(d) = next_review
        && d < today
    {
        w.push(FieldError::new("next_review", "warning-review-past"));
    }
    w
}

pub fn check(d: &Draft) -> Result<Fields, FieldErrors> {
    let mut e = FieldErrors::new();
    let f = Fields {
        scope: text(&mut e, "scope", &d.scope),
        objectives: text(&mut e, "objectives", &d.objectives),
        assumptions: text(&mut e, "assumptions", &d.assumptions),
        owner_name: line(&mut e, "owner_name", &d.owner_name, LINE_MAX),
        owner_email: email(&mut e, "owner_email", &d.owner_email),
        classification: line(&mut e, "classification", &d.classification, LINE_MAX),
        next_review: super::date(&mut e, "next_review", &d.next_review),
        own_domains: e.check(domains("own_domains", &d.own_domains)).unwrap_or_default(),
    };
    done(e, f)
}

/// Longest version label of a plan ("1.2").
pub const VERSION_LABEL_MAX: usize = 20;
/// The languages a plan is written in.
pub const LANGUAGES: [&str; 3] = ["nl", "en", "fr"];

/// What only an imported document sets: the plan's language and version label.
pub fn check_identity(language: &str, version_label: &str) -> Result<(String, String), FieldErrors> {
    let mut e = FieldErrors::new();
    let lang = super::choice(&mut e, "language", language, |l| LANGUAGES.contains(&l).then(|| l.to_string()));
    let label = super::required(&mut e, "version_label", version_label, VERSION_LABEL_MAX);
    done(e, (lang.unwrap_or_default(), label))
}

/// A form's one field of domains ("voorbeeld.be, @ocmw-voorbeeld.be").
pub fn split_domains(input: &str) -> Vec<String> {
    input.split([',', ' ', ';', '\n']).filter(|d| !d.trim().is_empty()).map(str::to_string).collect()
}

/// Mail domains: lower case, without a leading "@", each once, each a plausible name.
pub fn domains(field: &'static str, input: &[String]) -> Result<Vec<String>, FieldError> {
    let bad = || FieldError::new(field, "error-domains");
    let mut out: Vec<String> = Vec::new();
    for raw in input {
        let d = raw.trim().trim_start_matches('@').to_lowercase();
        if d.is_empty() {
            continue;
        }
        let label_ok = |l: &str| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        };
        if d.len() > 100 || !d.contains('.') || !d.split('.').all(label_ok) {
            return Err(bad());
        }
        if !out.contains(&d) {
            out.push(d);
        }
    }
    if out.len() > DOMAINS_MAX {
        return Err(FieldError::new(field, "error-domains-too-many").arg("max", DOMAINS_MAX));
    }
    Ok(out)
}

/// The organisation-wide impact scale.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScaleDraft {
    /// Time windows in hours, increasing.
    pub windows_hours: Vec<Num>,
    pub unacceptable_level: Num,
    /// What levels 1 to 4 mean, per category (its stable name).
    pub descriptions: Vec<(String, Vec<String>)>,
}

impl ScaleDraft {
    pub fn of(s: &Scale) -> ScaleDraft {
        ScaleDraft {
            windows_hours: s.windows_hours.iter().map(|w| Num::Int(i64::from(*w))).collect(),
            unacceptable_level: Num::Int(i64::from(s.unacceptable_level)),
            descriptions: s.descriptions.iter().map(|(c, d)| (c.as_str().to_string(), d.clone())).collect(),
        }
    }
}

/// Longest description of a level.
pub const LEVEL_TEXT_MAX: usize = LINE_MAX * 3;

pub fn check_scale(d: &ScaleDraft) -> Result<Scale, FieldErrors> {
    let mut e = FieldErrors::new();
    let mut windows = Vec::with_capacity(d.windows_hours.len());
    for w in &d.windows_hours {
        match validation::whole_number("windows_hours", w, HOURS_MAX) {
            Ok(Some(h)) => windows.push(h),
            _ => {
                windows.clear();
                e.push(FieldError::new("windows_hours", "error-windows"));
                break;
            }
        }
    }
    if !windows.is_empty() && !bia::valid_windows(&windows) || d.windows_hours.is_empty() {
        e.push(FieldError::new("windows_hours", "error-windows"));
    }
    let unacceptable = match validation::whole_number("unacceptable_level", &d.unacceptable_level, u32::from(MAX_LEVEL))
    {
        Ok(Some(l)) if l >= 1 => l as u8,
        _ => {
            e.push(FieldError::new("unacceptable_level", "error-choose-option"));
            0
        }
    };
    let mut descriptions: BTreeMap<ImpactCategory, Vec<String>> =
        ImpactCategory::ALL.iter().map(|c| (*c, vec![String::new(); 4])).collect();
    for (cat, texts) in &d.descriptions {
        let Some(c) = ImpactCategory::parse(cat.trim()) else {
            e.push(FieldError::new("descriptions", "error-impact-category").arg("name", cat));
            continue;
        };
        if texts.len() != 4 {
            e.push(FieldError::new("descriptions", "error-level-descriptions"));
            continue;
        }
        let checked: Vec<String> = texts
            .iter()
            .map(|t| {
                e.check(validation::optional_text("descriptions", t, LEVEL_TEXT_MAX)).flatten().unwrap_or_default()
            })
            .collect();
        descriptions.insert(c, checked);
    }
    done(e, Scale { windows_hours: windows, unacceptable_level: unacceptable, descriptions })
}
