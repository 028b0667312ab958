//! Quarterly evaluation rounds: sounding-board reviewers score each product on five
//! criteria (1-5) with a comment; the report shows per product the averages, the spread
//! and the decision taken.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::validation::{FieldError, FieldErrors, optional_text, required_line};

pub const COMMENT_MAX: usize = 4_000;
pub const NAME_MAX: usize = 100;

vocabulary!(
    /// What a reviewer scores.
    Criterion {
        Relevance = "relevance",
        Correctness = "correctness",
        Clarity = "clarity",
        Completeness = "completeness",
        Usability = "usability",
    }
);

vocabulary!(
    /// What the administrator decides per product after the round.
    Decision {
        Publish = "publish",
        Revise = "revise",
        Retire = "retire",
    }
);

/// One reviewer's scores for one product, in the order of [`Criterion::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scores {
    pub values: [u8; 5],
    pub comment: String,
}

/// Checks a reviewer's form: every criterion 1 to 5, the comment not too long.
pub fn parse_scores(values: [&str; 5], comment: &str) -> Result<Scores, FieldErrors> {
    let mut errs = FieldErrors::new();
    let mut out = [0u8; 5];
    for (i, c) in Criterion::ALL.iter().enumerate() {
        match values[i].trim().parse::<u8>() {
            Ok(n) if (1..=5).contains(&n) => out[i] = n,
            _ => errs.push(FieldError::new(c.as_str(), "error-score")),
        }
    }
    let comment = errs.check(optional_text("comment", comment, COMMENT_MAX)).flatten().unwrap_or_default();
    errs.into_result().map(|_| Scores { values: out, comment })
}

/// A round as the administrator opens it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRound {
    pub name: String,
    pub deadline: Date,
    pub resources: Vec<String>,
}

pub fn parse_round(name: &str, deadline: &str, resources: Vec<String>, today: Date) -> Result<NewRound, FieldErrors> {
    let mut errs = FieldErrors::new();
    let name = errs.check(required_line("name", name, NAME_MAX));
    let deadline = match deadline.trim().parse::<Date>() {
        Ok(d) if d >= today => Some(d),
        Ok(_) => {
            errs.push(FieldError::new("deadline", "error-date-past"));
            None
        }
        Err(_) => {
            errs.push(FieldError::new("deadline", "error-date"));
            None
        }
    };
    if resources.is_empty() {
        errs.push(FieldError::new("resources", "error-choose-at-least-one"));
    }
    match (name, deadline) {
        (Some(name), Some(deadline)) if errs.is_empty() => Ok(NewRound { name, deadline, resources }),
        _ => Err(errs),
    }
}

/// Per criterion: average, lowest and highest score.
#[derive(Debug, Clone, PartialEq)]
pub struct Stat {
    pub criterion: Criterion,
    pub average: f64,
    pub min: u8,
    pub max: u8,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub reviews: usize,
    pub criteria: Vec<Stat>,
    /// The average of all scores.
    pub overall: f64,
    /// Standard deviation of the reviewers' own averages: how much they disagree.
    pub spread: f64,
}

/// Sums up the scores of one product; None without any.
pub fn summarise(scores: &[Scores]) -> Option<Summary> {
    if scores.is_empty() {
        return None;
    }
    let n = scores.len() as f64;
    let criteria = Criterion::ALL
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let vals: Vec<u8> = scores.iter().map(|s| s.values[i]).collect();
            Stat {
                criterion: *c,
                average: vals.iter().map(|v| f64::from(*v)).sum::<f64>() / n,
                min: vals.iter().copied().min().unwrap_or(0),
                max: vals.iter().copied().max().unwrap_or(0),
            }
        })
        .collect::<Vec<_>>();
    let per_reviewer: Vec<f64> =
        scores.iter().map(|s| s.values.iter().map(|v| f64::from(*v)).sum::<f64>() / 5.0).collect();
    let overall = per_reviewer.iter().sum::<f64>() / n;
    let spread = (per_reviewer.iter().map(|a| (a - overall).powi(2)).sum::<f64>() / n).sqrt();
    Some(Summary { reviews: scores.len(), criteria, overall, spread })
}

/// One CSV cell: quoted when needed, and never read as a formula by a spreadsheet.
pub fn csv_cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', ';', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

/// A CSV line from cells.
pub fn csv_line(cells: &[String]) -> String {
    let mut l = cells.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(",");
    l.push_str("\r\n");
    l
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_one_to_five() {
        let s = parse_scores(["5", "4", "3", "2", "1"], "Goed bruikbaar").unwrap();
        assert_eq!(s.values, [5, 4, 3, 2, 1]);
        let e = parse_scores(["0", "6", "x", "", "3"], &"c".repeat(4001)).unwrap_err();
        let fields: Vec<&str> = e.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["relevance", "correctness", "clarity", "completeness", "comment"]);
    }

    #[test]
    fn summary_of_scores() {
        let a = Scores { values: [5, 5, 4, 4, 5], comment: String::new() };
        let b = Scores { values: [3, 4, 2, 4, 3], comment: String::new() };
        let s = summarise(&[a, b]).unwrap();
        assert_eq!(s.reviews, 2);
        assert_eq!(s.criteria[0].average, 4.0);
        assert_eq!((s.criteria[2].min, s.criteria[2].max), (2, 4));
        assert!((s.overall - 3.9).abs() < 1e-9, "{}", s.overall);
        assert!((s.spread - 0.7).abs() < 1e-9, "{}", s.spread);
        assert!(summarise(&[]).is_none());
    }

    #[test]
    fn opening_a_round() {
        let today = Date::constant(2026, 11, 28);
        let r = parse_round("2027 Q1", "2027-03-15", vec!["a".into()], today).unwrap();
        assert_eq!(r.deadline, Date::constant(2027, 3, 15));
        let e = parse_round(" ", "2026-01-01", vec![], today).unwrap_err();
        let fields: Vec<&str> = e.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["name", "deadline", "resources"]);
    }

    #[test]
    fn csv_is_safe_for_spreadsheets() {
        assert_eq!(csv_cell("gewoon"), "gewoon");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("zei \"ja\""), "\"zei \"\"ja\"\"\"");
        assert_eq!(csv_cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_cell("-2"), "'-2");
        assert_eq!(csv_line(&["a".into(), "b\nc".into()]), "a,\"b\nc\"\r\n");
    }
}
