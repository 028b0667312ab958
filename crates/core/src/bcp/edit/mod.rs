//! One rule set per editable part of a plan. The builder's forms, the plan API and the
//! import of an exchange document hand their input to these functions as a draft (the
//! values as received) and store only what comes back; no entry point has rules of its
//! own. A field error names the field as the exchange document does (`rto_hours`,
//! `primary.email`), so an import can place it on a JSON path.

pub mod activity;
pub mod communication;
pub mod crisis;
pub mod exercise;
pub mod header;
pub mod links;
pub mod playbook;
pub mod resource;

use jiff::civil::Date;

use super::model::{LIST_MAX, TEXT_MAX};
use crate::validation::{self, FieldError, FieldErrors, Num};

/// The most hours anywhere in a plan (objectives, capabilities, windows, clocks): a year.
pub const HOURS_MAX: u32 = 8_760;
/// The most staff or workplaces an activity can need.
pub const COUNT_MAX: u32 = 10_000;
/// The most mail domains a plan calls its own.
pub const DOMAINS_MAX: usize = 20;

/// What a rule needs to know beyond the draft itself.
#[derive(Debug, Clone, Copy)]
pub struct Ctx {
    /// Dates of things already done (restore tests, exercises) may not lie after it.
    pub today: Date,
}

impl Ctx {
    pub fn new(today: Date) -> Ctx {
        Ctx { today }
    }
}

/// A single-line text of at most `max` characters; empty is allowed.
pub(crate) fn line(errs: &mut FieldErrors, field: &'static str, input: &str, max: usize) -> String {
    errs.check(validation::optional_line(field, input, max)).flatten().unwrap_or_default()
}

/// A required single-line text.
pub(crate) fn required(errs: &mut FieldErrors, field: &'static str, input: &str, max: usize) -> String {
    errs.check(validation::required_line(field, input, max)).unwrap_or_default()
}

/// A multi-line text of at most [`TEXT_MAX`] characters.
pub(crate) fn text(errs: &mut FieldErrors, field: &'static str, input: &str) -> String {
    errs.check(validation::optional_text(field, input, TEXT_MAX)).flatten().unwrap_or_default()
}

/// A list of texts (one item per line in a form): trimmed, empty items dropped, at most
/// [`LIST_MAX`] items of at most [`TEXT_MAX`] characters.
pub(crate) fn lines(errs: &mut FieldErrors, field: &'static str, items: &[String]) -> Vec<String> {
    let kept: Vec<&String> = items.iter().filter(|l| !l.trim().is_empty()).collect();
    if kept.len() > LIST_MAX {
        errs.push(FieldError::new(field, "error-too-many-lines").arg("max", LIST_MAX));
        return vec![];
    }
    let mut out = Vec::with_capacity(kept.len());
    for l in kept {
        match validation::optional_text(field, l, TEXT_MAX) {
            Ok(v) => out.extend(v),
            Err(e) => {
                errs.push(e);
                return vec![];
            }
        }
    }
    out
}

/// Dates in a plan that are saved but worth a second look, with where they are (the
/// exchange format's paths): the same warnings the forms show at the field.
pub fn plan_warnings(p: &crate::bcp::model::Plan, today: Date) -> Vec<(String, FieldError)> {
    let mut out: Vec<(String, FieldError)> = header::warnings(p.header.next_review, today)
        .iter()
        .map(|w| ("$.plan.next_review".to_string(), w.clone()))
        .collect();
    for (i, x) in p.exercises.iter().enumerate() {
        for w in exercise::warnings(x.planned_on, x.done_on).iter() {
            out.push((format!("$.exercises[{i}].{}", w.field), w.clone()));
        }
    }
    out
}

/// A form's textarea as the items of a list, one per line.
pub fn split_lines(input: &str) -> Vec<String> {
    input.lines().map(str::to_string).collect()
}

/// Hours: empty is unknown; otherwise 0 to [`HOURS_MAX`].
pub(crate) fn hours(errs: &mut FieldErrors, field: &'static str, input: &Num) -> Option<u32> {
    errs.check(validation::whole_number(field, input, HOURS_MAX)).flatten()
}

/// A count of people or places: empty is unknown; otherwise 0 to [`COUNT_MAX`].
pub(crate) fn count(errs: &mut FieldErrors, field: &'static str, input: &Num) -> Option<u32> {
    errs.check(validation::whole_number(field, input, COUNT_MAX)).flatten()
}

/// One of a fixed set of values, given by its stable name.
pub(crate) fn choice<T>(
    errs: &mut FieldErrors,
    field: &'static str,
    input: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let v = parse(input.trim());
    if v.is_none() {
        errs.push(FieldError::new(field, "error-choose-option"));
    }
    v
}

/// A date (YYYY-MM-DD) or nothing.
pub(crate) fn date(errs: &mut FieldErrors, field: &'static str, input: &str) -> Option<Date> {
    errs.check(validation::optional_date(field, input)).flatten()
}

/// A date of something already done: not after today.
pub(crate) fn past_date(errs: &mut FieldErrors, field: &'static str, input: &str, ctx: &Ctx) -> Option<Date> {
    let d = date(errs, field, input)?;
    if d > ctx.today {
        errs.push(FieldError::new(field, "error-date-future"));
        return None;
    }
    Some(d)
}

/// An optional e-mail address, normalised.
pub(crate) fn email(errs: &mut FieldErrors, field: &'static str, input: &str) -> String {
    if input.trim().is_empty() {
        return String::new();
    }
    errs.check(crate::account::normalise_email(field, input)).unwrap_or_default()
}

/// The checked value, or every error found on the way.
pub(crate) fn done<T>(errs: FieldErrors, value: T) -> Result<T, FieldErrors> {
    errs.into_result().map(|()| value)
}

#[cfg(test)]
mod tests;
