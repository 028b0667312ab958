//! Deadlines per severity, set per organisation, counted from the day a finding is
//! confirmed. Informational findings have none.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::Severity;
use crate::validation::{FieldErrors, Num};

/// The most days a deadline may be: ten years.
pub const DAYS_MAX: u32 = 3_650;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    pub critical: u32,
    pub high: u32,
    pub medium: u32,
    pub low: u32,
}

impl Default for Policy {
    fn default() -> Self {
        Policy { critical: 7, high: 30, medium: 90, low: 180 }
    }
}

impl Policy {
    pub fn days(&self, s: Severity) -> Option<u32> {
        match s {
            Severity::Critical => Some(self.critical),
            Severity::High => Some(self.high),
            Severity::Medium => Some(self.medium),
            Severity::Low => Some(self.low),
            Severity::Info => None,
        }
    }

    /// The deadline of a finding of `severity` confirmed on `confirmed`.
    pub fn due(&self, severity: Severity, confirmed: Date) -> Option<Date> {
        self.days(severity).map(|d| confirmed.saturating_add(jiff::Span::new().days(i64::from(d))))
    }

    /// The settings form: four whole numbers of days, 1 to [`DAYS_MAX`].
    pub fn check(critical: &Num, high: &Num, medium: &Num, low: &Num) -> Result<Policy, FieldErrors> {
        let mut e = FieldErrors::new();
        let mut day = |field: &'static str, n: &Num| -> u32 {
            match crate::validation::whole_number(field, n, DAYS_MAX) {
                Ok(Some(0)) => {
                    e.push(crate::validation::FieldError::new(field, "error-deadline-days").arg("max", DAYS_MAX));
                    0
                }
                Ok(Some(v)) => v,
                Ok(None) => {
                    e.push(crate::validation::FieldError::new(field, "error-required"));
                    0
                }
                Err(err) => {
                    e.push(err);
                    0
                }
            }
        };
        let p = Policy {
            critical: day("critical", critical),
            high: day("high", high),
            medium: day("medium", medium),
            low: day("low", low),
        };
        e.into_result().map(|()| p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn defaults_count_from_confirmation() {
        let p = Policy::default();
        let d = date(2026, 12, 1);
        assert_eq!(p.due(Severity::Critical, d), Some(date(2026, 12, 8)));
        assert_eq!(p.due(Severity::High, d), Some(date(2026, 12, 31)));
        assert_eq!(p.due(Severity::Medium, d), Some(date(2027, 3, 1)));
        assert_eq!(p.due(Severity::Low, d), Some(date(2027, 5, 30)));
        assert_eq!(p.due(Severity::Info, d), None);
    }

    #[test]
    fn the_form_takes_days_from_one_to_ten_years() {
        let n = |s: &str| Num::text(s);
        assert_eq!(
            Policy::check(&n("3"), &n("14"), &n("60"), &n("365")),
            Ok(Policy { critical: 3, high: 14, medium: 60, low: 365 })
        );
        let e = Policy::check(&n("0"), &n(""), &n("veel"), &n("4000")).unwrap_err();
        let fields: Vec<_> = e.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(fields[0], ("critical", "error-deadline-days"));
        assert_eq!(fields[1], ("high", "error-required"));
        assert_eq!(fields.len(), 4);
    }
}
